#pragma once

#include "core/Error.h"

#include <optional>
#include <utility>

namespace strongroom {

// The user stopped the work: an outcome, not a failure. A library returns it (`return Cancelled{};`)
// and a job that sees it ends as cancelled without reporting an error (JobContext::fail is not called).
struct Cancelled
{
    QString message = QStringLiteral("Cancelled.");

    Error error() const { return Error(ExitCode::Cancelled, message, QStringLiteral("cancelled")); }
};

// A value or the Error that prevented it (std::expected arrives only with C++23), or Cancelled.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    Result(Cancelled cancelled) : m_error(cancelled.error()) {}

    bool ok() const { return m_value.has_value(); }
    // Stopped by the user: no value, and no error to report.
    bool cancelled() const { return !ok() && m_error.code == ExitCode::Cancelled; }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that only succeed or fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    Status(Cancelled cancelled) : m_error(cancelled.error()), m_failed(true) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    bool cancelled() const { return m_failed && m_error.code == ExitCode::Cancelled; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace strongroom
