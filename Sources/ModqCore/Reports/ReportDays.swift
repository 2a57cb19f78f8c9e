/// Dense keys for UTC days, in order of first appearance, with their names.
struct ReportDays {
  private var known: [Int64: Int] = [:]
  private var lastDay: Int64 = .min
  private var lastKey = 0

  /// The key of the day of `time` (ms), adding its name (`2026-11-23`) to `names` when new.
  mutating func key(_ time: Int64, names: inout [String]) -> Int {
    let day = time / 86_400_000
    if day == lastDay { return lastKey }
    lastDay = day
    if let key = known[day] {
      lastKey = key
    } else {
      lastKey = names.count
      known[day] = lastKey
      names.append(ReplayTime.day(time))
    }
    return lastKey
  }
}
