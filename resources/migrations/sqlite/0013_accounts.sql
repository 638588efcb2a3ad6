-- Sign-in accounts are kept in users (0001); the audit log now also says which login acted, which
-- covers the command line (no user row) and sign-in attempts with an unknown login.
ALTER TABLE audit_log ADD COLUMN login TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_action ON audit_log (action, at_utc);
