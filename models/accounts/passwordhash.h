#pragma once

#include <QString>

namespace linli {

// Passwords kept as Argon2id hashes (libsodium, "$argon2id$v=19$m=…"): never the password, never
// anything it can be read back from. Checking takes the same time for every wrong password.
namespace PasswordHash {

// Empty when the hash could not be made (out of memory).
QString make(const QString &password);
bool matches(const QString &hash, const QString &password);
// True when the hash was made with weaker settings than make() uses now: hash again at sign-in.
bool isOutdated(const QString &hash);
// Spends the time a real check takes, so an unknown login is not told apart by its speed.
void spendCheckTime(const QString &password);

} // namespace PasswordHash

} // namespace linli
