/// One entry of a `PhraseChains` run: which entry, its length in words, where its word keys
/// start in the matcher's key store, and its second word's key (0 for a one-word entry).
struct PhraseLink: Sendable {
  var entry: Int32
  var length: Int32
  var start: Int32
  var second: UInt64
}

/// `PhraseMatcher`'s index from a first word to the entries starting with it. The entries of
/// one first word lie together in `links`: its one-word entries first (ascending entry index),
/// then its longer entries ordered by second word (ascending entry index within one second
/// word). A probe takes the one-word entries and then binary-searches the rest for the next
/// token's key, so a common first word ("i", "my": 150+ entries each) costs a few comparisons,
/// not a scan of every entry starting with it.
struct PhraseChains: Sendable {
  /// First-word key -> run number.
  private let runs: KeyTable
  /// Run `r` is `links[bounds[r]..<bounds[r + 1]]`.
  private let bounds: [Int32]
  /// Run `r`'s entries of two words or more start at `multiStarts[r]`.
  private let multiStarts: [Int32]
  let links: [PhraseLink]

  /// `keys[i]` are entry `i`'s word keys (never empty), stored from `starts[i]` on.
  init(keys: [[UInt64]], starts: [Int32]) {
    var runs = KeyTable(capacity: keys.count)
    var members: [[Int32]] = []
    for (index, phrase) in keys.enumerated() {
      var run = runs.value(for: phrase[0])
      if run < 0 {
        run = Int32(members.count)
        runs.set(run, for: phrase[0])
        members.append([])
      }
      members[Int(run)].append(Int32(index))
    }
    var bounds: [Int32] = [0]
    var multiStarts: [Int32] = []
    var links: [PhraseLink] = []
    links.reserveCapacity(keys.count)
    for run in members {
      var single: [PhraseLink] = []
      var multi: [PhraseLink] = []
      for index in run {
        let phrase = keys[Int(index)]
        let link = PhraseLink(
          entry: index, length: Int32(phrase.count), start: starts[Int(index)],
          second: phrase.count > 1 ? phrase[1] : 0)
        if phrase.count == 1 { single.append(link) } else { multi.append(link) }
      }
      // Stable by second word: entries stay ascending within one second word.
      multi.sort { ($0.second, $0.entry) < ($1.second, $1.entry) }
      links += single
      multiStarts.append(Int32(links.count))
      links += multi
      bounds.append(Int32(links.count))
    }
    self.runs = runs
    self.bounds = bounds
    self.multiStarts = multiStarts
    self.links = links
  }

  /// The indices in `links` of the entries whose first word is `key`: its one-word entries
  /// (`single`) and its longer ones (`multi`), both empty when none.
  @inline(__always)
  func run(for key: UInt64) -> (single: Range<Int>, multi: Range<Int>) {
    let run = Int(runs.value(for: key))
    guard run >= 0 else { return (0..<0, 0..<0) }
    let split = Int(multiStarts[run])
    return (Int(bounds[run])..<split, split..<Int(bounds[run + 1]))
  }

  /// The indices within `multi` (a run's longer entries) whose second word is `second`.
  @inline(__always)
  static func seconds(
    _ second: UInt64, in multi: Range<Int>, _ links: UnsafeBufferPointer<PhraseLink>
  ) -> Range<Int> {
    var low = multi.lowerBound
    var high = multi.upperBound
    while low < high {
      let mid = (low + high) >> 1
      if links[mid].second < second { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < multi.upperBound && links[end].second == second { end += 1 }
    return low..<end
  }
}
