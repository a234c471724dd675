#pragma once

#include <QThreadPool>
#include <chrono>
#include <future>
#include <memory>
#include <type_traits>

namespace strongroom {

// The one way work inside a job runs on other threads beside it (a copy beside its hash, the key
// id's KDF beside the snapshot, integrity checks side by side, a statement that sqlite3_interrupt
// may stop): helper::start(task) runs `task` at once on a thread of the helper pool and returns a
// HelperTask, a std::future that also waits for the task when it goes out of scope, so a task never
// outlives the locals it refers to.
// The helper pool is not the runner's: a job waits for its helpers, and helpers wait for each other
// (the page checks for the hash), so they must never queue behind the jobs' threads or each other.
template <typename R> class HelperTask
{
public:
    HelperTask() = default;
    explicit HelperTask(std::future<R> future) : m_future(std::move(future)) {}
    HelperTask(HelperTask &&) noexcept = default;
    HelperTask &operator=(HelperTask &&other) noexcept
    {
        finish();
        m_future = std::move(other.m_future);
        return *this;
    }
    HelperTask(const HelperTask &) = delete;
    HelperTask &operator=(const HelperTask &) = delete;
    ~HelperTask() { finish(); }

    bool valid() const { return m_future.valid(); }
    R get() { return m_future.get(); }
    void wait() const { m_future.wait(); }
    template <typename Rep, typename Period>
    std::future_status wait_for(const std::chrono::duration<Rep, Period> &timeout) const
    {
        return m_future.wait_for(timeout);
    }
    bool ready() const
    {
        return valid() && wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
    }
    // Shared by several waiters; the caller then waits for it before its locals go.
    std::shared_future<R> share() { return m_future.share(); }

private:
    void finish()
    {
        if (m_future.valid())
            m_future.wait();
    }

    std::future<R> m_future;
};

namespace helper {

// The threads helpers run on; idle ones end after a while.
QThreadPool *pool();

template <typename F> auto start(F task) -> HelperTask<std::invoke_result_t<F>>
{
    using R = std::invoke_result_t<F>;
    auto packaged = std::make_shared<std::packaged_task<R()>>(std::move(task));
    std::future<R> future = packaged->get_future();
    pool()->start([packaged] { (*packaged)(); });
    return HelperTask<R>(std::move(future));
}

} // namespace helper
} // namespace strongroom
