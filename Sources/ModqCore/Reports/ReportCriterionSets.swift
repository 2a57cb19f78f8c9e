/// The distinct criteria an event counts under in a report by criterion: its suggestion's
/// reasons, then the criteria the moderator chose, each once. Interned per pair of lists
/// (a log has few distinct pairs), flattened into `items`.
struct ReportCriterionSets {
  /// Criterion ids of every set, one after another.
  private(set) var items: [Int32] = []
  /// Per item: whether the suggestion cited it.
  private(set) var inSuggested: [Bool] = []
  private var starts: [Int] = [0]
  private var known: [Int64: Int] = [:]
  private var lastPair: Int64 = .min
  private var lastSet = 0

  /// The range of `items` holding the criteria of event `i`.
  mutating func set(_ i: Int, _ c: ReportColumns) -> Range<Int> {
    let suggested = c.index.suggestedLists[i]
    let chosen = c.index.chosenLists[i]
    let pair = Int64(suggested) << 32 | Int64(UInt32(bitPattern: chosen))
    if pair != lastPair {
      lastPair = pair
      if let set = known[pair] {
        lastSet = set
      } else {
        lastSet = starts.count - 1
        known[pair] = lastSet
        add(suggested, chosen, c)
      }
    }
    return starts[lastSet]..<starts[lastSet + 1]
  }

  private mutating func add(_ suggested: Int32, _ chosen: Int32, _ c: ReportColumns) {
    let first = items.count
    for (list, cited) in [(suggested, true), (chosen, false)] where list >= 0 {
      for k in c.listStarts[Int(list)]..<c.listStarts[Int(list) + 1] {
        let id = c.items[k]
        if !items[first...].contains(id) {
          items.append(id)
          inSuggested.append(cited)
        }
      }
    }
    starts.append(items.count)
  }
}
