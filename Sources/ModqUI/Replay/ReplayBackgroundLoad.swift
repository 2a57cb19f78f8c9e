import Foundation
import ModqCore

/// Verifies and indexes the rest of a log on its own thread (`ReplayLoader.finish`) while
/// the replay loop shows the head. The loop polls it each turn (`poll`), so the model and
/// the terminal are only ever touched on the loop's thread; progress is coalesced to the
/// latest figures.
public final class ReplayBackgroundLoad: @unchecked Sendable {
  private let lock = NSLock()
  private let done = DispatchGroup()
  private var progress: (bytes: Int, events: Int)?
  private var result: ReplayLog?
  private var delivered = false

  private let loader: ReplayLoader
  private let chunkBytes: Int
  private var started = false

  /// Prepares to verify the rest of `loader`'s log, reporting every `chunkBytes`; `start`
  /// begins.
  public init(_ loader: ReplayLoader, chunkBytes: Int = 8 << 20) {
    self.loader = loader
    self.chunkBytes = chunkBytes
  }

  /// Starts `loader.finish` on a new thread (once; later calls do nothing).
  public func start() {
    let first = lock.withLock {
      defer { started = true }
      return !started
    }
    guard first else { return }
    done.enter()
    let thread = Thread { [self] in
      let whole = loader.finish(chunkBytes: chunkBytes) { bytes, events in
        self.lock.withLock { self.progress = (bytes, events) }
      }
      lock.withLock { result = whole }
      done.leave()
    }
    thread.name = "modq replay verifier"
    thread.start()
  }

  /// News since the last poll: the latest progress, then the whole log once (when done).
  public func poll() -> [ReplayLoadMessage] {
    lock.withLock {
      var out: [ReplayLoadMessage] = []
      if let progress { out.append(.progress(bytes: progress.bytes, events: progress.events)) }
      progress = nil
      if let result, !delivered {
        out.append(.finished(result))
        delivered = true
      }
      return out
    }
  }

  /// Whether the whole log has been handed to `poll` already.
  public var isDelivered: Bool { lock.withLock { delivered } }

  /// Blocks until the background work is done (starting it if needed).
  public func wait() {
    start()
    done.wait()
  }
}
