#include "passwordhash.h"

#include <sodium.h>

namespace linli::PasswordHash {

namespace {

// libsodium's "interactive" settings: 64 MiB and 2 passes, about a tenth of a second.
constexpr unsigned long long operations = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t memory = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

// A hash of a password nobody has, checked against when the login is unknown.
const QString &decoy()
{
    static const QString hash = make(QStringLiteral("no such user \u0001"));
    return hash;
}

} // namespace

QString make(const QString &password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), utf8.size(), operations, memory) != 0)
        return {};
    return QString::fromLatin1(hash);
}

bool matches(const QString &hash, const QString &password)
{
    if (!ready() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0;
}

bool isOutdated(const QString &hash)
{
    if (!ready())
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), operations, memory) != 0;
}

void spendCheckTime(const QString &password)
{
    matches(decoy(), password);
}

} // namespace linli::PasswordHash
