#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace linli {

// Why an operation did not do what was asked. `message` is a plain sentence for the person at the desk,
// already translated; `detail` is for the log (the driver's or the file system's own words) and is never
// shown in the window.
struct Problem
{
    enum class Kind {
        Invalid,      // what was given breaks a rule; the user corrects it
        NotPermitted, // the account may not do this
        Duplicate,    // it is there already: `recordId` names it
        Conflict,     // someone else changed it meanwhile
        Cancelled,    // the user stopped it; nothing was kept
        Failed,       // the database, the server or a file failed
    };

    Kind kind = Kind::Failed;
    QString message;
    QString detail;
    qint64 recordId = 0;

    static Problem invalid(const QString &message) { return {Kind::Invalid, message, {}, 0}; }
    static Problem notPermitted(const QString &message) { return {Kind::NotPermitted, message, {}, 0}; }
    static Problem duplicate(const QString &message, qint64 recordId)
    {
        return {Kind::Duplicate, message, {}, recordId};
    }
    static Problem conflict(const QString &message) { return {Kind::Conflict, message, {}, 0}; }
    static Problem cancelled(const QString &message) { return {Kind::Cancelled, message, {}, 0}; }
    static Problem failed(const QString &message, const QString &detail = {})
    {
        return {Kind::Failed, message, detail, 0};
    }
};

// What every operation that can be refused or fail gives back: its value when done, or the Problem.
// A store returns `id` or `Problem::invalid(tr("…"))`; the caller asks isDone(), then value() or message().
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Problem problem)
        : m_problem(std::move(problem))
    {}

    bool isDone() const { return m_value.has_value(); }
    bool is(Problem::Kind kind) const { return !isDone() && m_problem.kind == kind; }
    // Only when done.
    const T &value() const { return m_value.value(); }
    T valueOr(T otherwise) const { return m_value.value_or(std::move(otherwise)); }
    // Only when not done.
    const Problem &problem() const { return m_problem; }
    const QString &message() const { return m_problem.message; }

private:
    std::optional<T> m_value;
    Problem m_problem;
};

// An operation done with nothing to give back.
template<> class [[nodiscard]] Result<void>
{
public:
    static Result done() { return Result(); }
    Result(Problem problem)
        : m_done(false)
        , m_problem(std::move(problem))
    {}

    bool isDone() const { return m_done; }
    bool is(Problem::Kind kind) const { return !m_done && m_problem.kind == kind; }
    const Problem &problem() const { return m_problem; }
    const QString &message() const { return m_problem.message; }

private:
    Result() = default;
    bool m_done = true;
    Problem m_problem;
};

} // namespace linli
