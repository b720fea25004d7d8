// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace cd {

// Hands batches from one producer thread to one consumer thread. At most `capacity` batches wait, so a
// fast producer cannot run ahead of a slow consumer by more than that much memory.
template <typename Batch>
class BatchQueue {
public:
    explicit BatchQueue(std::size_t capacity)
        : m_capacity(capacity) {}

    // False when the consumer has given up: the producer should stop.
    bool push(Batch batch) {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < m_capacity || m_abandoned; });
        if (m_abandoned)
            return false;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
        return true;
    }

    // The producer has nothing more.
    void close() {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_one();
    }

    // The next batch, or nothing once the producer has closed the queue and every batch was taken.
    std::optional<Batch> pop() {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return std::nullopt;
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }

    // The consumer stops taking batches (cancelled, or failed): a waiting producer is released.
    void abandon() {
        std::lock_guard lock(m_mutex);
        m_abandoned = true;
        m_batches.clear();
        m_notFull.notify_all();
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_batches;
    bool m_closed = false;
    bool m_abandoned = false;
};

} // namespace cd
