/// One entry of a `PhraseChains` run: which entry, its length in words, where its word keys
/// start in the matcher's key store, and its second word's key (0 for a one-word entry).
struct PhraseLink: Sendable {
  var entry: Int32
  var length: Int32
  var start: Int32
  var second: UInt64
}

/// `PhraseMatcher`'s index from a first word to the entries starting with it. The entries of
/// one first word lie together in `links` (ascending entry index), so a probe scans one short
/// contiguous run and turns most multi-word entries down on their second word without
/// reading the key store.
struct PhraseChains: Sendable {
  /// First-word key -> run number.
  private let runs: KeyTable
  /// Run `r` is `links[bounds[r]..<bounds[r + 1]]`.
  private let bounds: [Int32]
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
    var links: [PhraseLink] = []
    links.reserveCapacity(keys.count)
    for run in members {
      for index in run {
        let phrase = keys[Int(index)]
        links.append(
          PhraseLink(
            entry: index, length: Int32(phrase.count), start: starts[Int(index)],
            second: phrase.count > 1 ? phrase[1] : 0))
      }
      bounds.append(Int32(links.count))
    }
    self.runs = runs
    self.bounds = bounds
    self.links = links
  }

  /// The indices in `links` of the entries whose first word is `key` (empty when none).
  @inline(__always)
  func run(for key: UInt64) -> Range<Int> {
    let run = Int(runs.value(for: key))
    guard run >= 0 else { return 0..<0 }
    return Int(bounds[run])..<Int(bounds[run + 1])
  }
}
