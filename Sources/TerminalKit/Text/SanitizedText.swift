/// Text that is safe to put on a terminal: the only text type `Screen` accepts.
///
/// Every initialiser sanitises (string literals too), so untrusted bytes can reach the
/// terminal only as visible markers. Invisible, control, bidi and invalid input is counted
/// for a "hidden characters" badge, and highlight spans given in code points of the original
/// text can be mapped onto the sanitised text with `displayRange(ofOriginal:)`.
public struct SanitizedText: Sendable, Hashable, CustomStringConvertible,
  ExpressibleByStringLiteral, ExpressibleByStringInterpolation
{
  /// The display form: printable text, with `\n` as the only line break.
  public let string: String
  /// Where markers were drawn, in Unicode scalars of `string` (styled with role `marker`).
  public let markers: [Range<Int>]
  /// Characters that were replaced because they are controls, invisible, bidi, unassigned
  /// or private-use.
  public let hiddenCount: Int
  /// Bytes that were not valid UTF-8.
  public let invalidByteCount: Int
  /// Combining marks dropped beyond 4 per grapheme.
  public let collapsedMarkCount: Int
  /// Scalar offset in `string` for each original unit offset (count + 1 entries);
  /// nil when the text came through unchanged.
  let offsetMap: [Int32]?

  init(
    string: String, markers: [Range<Int>], hiddenCount: Int, invalidByteCount: Int,
    collapsedMarkCount: Int, offsetMap: [Int32]?
  ) {
    self.string = string
    self.markers = markers
    self.hiddenCount = hiddenCount
    self.invalidByteCount = invalidByteCount
    self.collapsedMarkCount = collapsedMarkCount
    self.offsetMap = offsetMap
  }

  /// Sanitises untrusted text. Offsets of the original are counted in Unicode scalars.
  public init(_ untrusted: String) {
    self = Sanitizer.sanitize(untrusted)
  }

  /// Sanitises untrusted bytes, decoding UTF-8 strictly. Offsets of the original count one
  /// unit per decoded scalar and per invalid byte.
  public init(bytes: [UInt8]) {
    self = bytes.withUnsafeBufferPointer { Sanitizer.sanitize(units: StrictUTF8.decode($0)) }
  }

  public init(stringLiteral value: String) {
    self.init(value)
  }

  public init(stringInterpolation: DefaultStringInterpolation) {
    self.init(String(stringInterpolation: stringInterpolation))
  }

  /// The empty text.
  public static let empty = SanitizedText("")

  public var description: String { string }
  public var isEmpty: Bool { string.isEmpty }
  /// Hidden characters plus invalid bytes plus collapsed marks: the badge count.
  public var suspiciousCount: Int { hiddenCount + invalidByteCount + collapsedMarkCount }
  /// Display width of the widest line.
  public var width: Int {
    string.split(separator: "\n", omittingEmptySubsequences: false)
      .map { TextWidth.width(of: $0) }.max() ?? 0
  }

  /// Maps a range in original units (code points of the untrusted text) onto scalars of
  /// `string`. A marker for a hidden character is covered whole.
  public func displayRange(ofOriginal range: Range<Int>) -> Range<Int> {
    guard let map = offsetMap else {
      let count = string.unicodeScalars.count
      let low = min(max(range.lowerBound, 0), count)
      return low..<min(max(range.upperBound, low), count)
    }
    let last = map.count - 1
    let low = Int(map[min(max(range.lowerBound, 0), last)])
    let high = Int(map[min(max(range.upperBound, 0), last)])
    return low..<max(low, high)
  }

  /// Concatenation that keeps both sides' markers and counts.
  public static func + (lhs: SanitizedText, rhs: SanitizedText) -> SanitizedText {
    let shift = lhs.string.unicodeScalars.count
    let combined = SanitizedText(
      string: lhs.string + rhs.string,
      markers: lhs.markers + rhs.markers.map { ($0.lowerBound + shift)..<($0.upperBound + shift) },
      hiddenCount: lhs.hiddenCount + rhs.hiddenCount,
      invalidByteCount: lhs.invalidByteCount + rhs.invalidByteCount,
      collapsedMarkCount: lhs.collapsedMarkCount + rhs.collapsedMarkCount,
      offsetMap: nil)
    return combined
  }
}
