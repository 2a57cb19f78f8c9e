/// A fixed array that worker threads fill at disjoint indices (each index is written by
/// exactly one worker, and read only after all workers have finished).
final class Slots<Element>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<Element>
  private let count: Int

  init(count: Int, initial: Element) {
    self.count = count
    buffer = .allocate(capacity: max(count, 1))
    buffer.initialize(repeating: initial)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  subscript(index: Int) -> Element {
    get { buffer[index] }
    set { buffer[index] = newValue }
  }

  /// A copy of every slot (call after the workers are done).
  var array: [Element] { Array(buffer.prefix(count)) }
}
