import CloudCostModel
import CostsimCore
import CostsimReports
import Dispatch

/// Runs async work (a task group that uses every core) from the synchronous command line, and waits
/// for it, calling `tick` with the time elapsed every `interval` meanwhile (for a progress line).
///
/// The work runs with a task executor of its own, on Dispatch's threads, and so do the child tasks
/// of its task group (they inherit the preference): waiting here never needs a thread of Swift's
/// cooperative pool, so a caller that is itself on that pool (a test, an embedding program) cannot
/// starve it and hang.
enum Blocking {
    final class Box<T: Sendable>: @unchecked Sendable {
        // Written once by the task before it signals, read after the wait: the semaphore orders the two.
        var result: Result<T, any Error>?
    }

    /// Jobs run on a concurrent Dispatch queue, whose threads are not the cooperative pool's.
    final class DispatchExecutor: TaskExecutor {
        let queue = DispatchQueue(label: "costsim.work", attributes: .concurrent)

        func enqueue(_ job: consuming ExecutorJob) {
            let job = UnownedJob(job)
            let executor = asUnownedTaskExecutor()
            queue.async { job.runSynchronously(on: executor) }
        }
    }

    static let executor = DispatchExecutor()

    static func run<T: Sendable>(
        _ work: @escaping @Sendable () async throws -> T, every interval: Duration, tick: (Duration) -> Void
    ) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: executor) {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        let clock = ContinuousClock()
        let start = clock.now
        let nanoseconds = Int(interval.components.seconds * 1_000_000_000 + interval.components.attoseconds / 1_000_000_000)
        while done.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .timedOut { tick(clock.now - start) }
        guard let result = box.result else { throw CancellationError() }
        return try result.get()
    }
}
