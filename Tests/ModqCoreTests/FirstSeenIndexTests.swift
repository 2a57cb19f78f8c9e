import Testing

@testable import ModqCore

/// The id index of `QueueFile.forEachChunk` gives back exactly the line and offset it was
/// given, packed or not.
@Suite struct FirstSeenIndexTests {
  @Test func packedEntriesComeBackExactly() {
    var index = FirstSeenIndex()
    index.reserve(100)
    let entries = [(1, 0), (2, 57), (16_777_214, 1 << 39), (3_000_000, 1_234_567_890_123)]
    for (key, entry) in entries.enumerated() {
      index.insert(UInt64(key), line: entry.0, start: entry.1)
    }
    for (key, entry) in entries.enumerated() {
      #expect(index[UInt64(key)]?.line == entry.0)
      #expect(index[UInt64(key)]?.start == entry.1)
    }
    #expect(index[99] == nil)
  }

  /// Lines or offsets too large to pack (here with 4 bits for the line: 15 and up; offsets
  /// from 2^60) go to the second table and come back the same.
  @Test func entriesTooLargeToPackComeBackExactly() {
    var index = FirstSeenIndex(lineBits: 4)
    let entries = [(14, 100), (15, 100), (200, 7), (3, 1 << 60), (1, Int.max)]
    for (key, entry) in entries.enumerated() {
      index.insert(UInt64(key) &* 0x9E37_79B9_7F4A_7C15, line: entry.0, start: entry.1)
    }
    for (key, entry) in entries.enumerated() {
      let found = index[UInt64(key) &* 0x9E37_79B9_7F4A_7C15]
      #expect(found?.line == entry.0 && found?.start == entry.1, "entry \(key)")
    }
  }
}
