import CNcursesw
import TerminalKit

/// Turns cell styles into ncurses attributes and colour pairs, one pair per distinct
/// (foreground, background) the theme's roles need, allocated in role-name order at start
/// and on first use after that.
final class ColorPalette {
  let theme: Theme
  let mode: ColorMode
  let maxPairs: Int
  private var pairs: [ColorKey: Int16] = [:]
  private var cache: [Style: (attr_t, Int16)] = [:]
  private var nextPair: Int16 = 1
  private var last: (Style, attr_t, Int16)?

  private struct ColorKey: Hashable {
    var foreground: Int
    var background: Int
  }

  init(theme: Theme, mode: ColorMode, maxPairs: Int) {
    self.theme = theme
    self.mode = mode
    self.maxPairs = maxPairs
    for role in theme.roles.keys.sorted() { _ = lookup(.role(role)) }
  }

  /// The pair number for a role's colours (0 when it needs none), for tests.
  func pairNumber(forRole role: String) -> Int16 { lookup(.role(role)).1 }

  /// ncurses attributes and pair for a style.
  func lookup(_ style: Style) -> (attr_t, Int16) {
    if let last, last.0 == style { return (last.1, last.2) }
    if let hit = cache[style] {
      last = (style, hit.0, hit.1)
      return hit
    }
    let resolved = theme.resolve(style, mode: mode)
    var attributes = modq_a_normal()
    if resolved.attributes.contains(.bold) { attributes |= modq_a_bold() }
    if resolved.attributes.contains(.reverse) { attributes |= modq_a_reverse() }
    if resolved.attributes.contains(.underline) { attributes |= modq_a_underline() }
    if resolved.attributes.contains(.dim) { attributes |= modq_a_dim() }
    var pair: Int16 = 0
    if mode != .monochrome && resolved.hasColor {
      pair = pairFor(ColorKey(foreground: resolved.foreground, background: resolved.background))
    }
    cache[style] = (attributes, pair)
    return (attributes, pair)
  }

  private func pairFor(_ key: ColorKey) -> Int16 {
    if let existing = pairs[key] { return existing }
    guard Int(nextPair) < min(maxPairs, Int(Int16.max)) else { return 0 }
    let number = nextPair
    init_pair(number, Int16(clamping: key.foreground), Int16(clamping: key.background))
    pairs[key] = number
    nextPair += 1
    return number
  }
}
