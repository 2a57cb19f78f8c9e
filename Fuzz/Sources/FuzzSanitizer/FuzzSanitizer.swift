import FuzzSupport
import TerminalKit

/// The terminal text sanitiser. The input is untrusted bytes (a review field). The output
/// must hold no C0 control but `\n`, no DEL, no C1, no bidi, line/paragraph separator or
/// format character; it must have a finite width; and sanitising it again changes nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSanitizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = SanitizedText(bytes: Array(UnsafeBufferPointer(start: data, count: size)))
  for scalar in text.string.unicodeScalars {
    let v = scalar.value
    let forbidden =
      (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || scalar.properties.isBidiControl
      || scalar.properties.generalCategory == .format
      || scalar.properties.generalCategory == .lineSeparator
      || scalar.properties.generalCategory == .paragraphSeparator
    FuzzScratch.require(!forbidden, "U+\(String(v, radix: 16)) reached the display form")
  }
  FuzzScratch.require(text.width >= 0, "negative width")
  let again = SanitizedText(text.string)
  FuzzScratch.require(
    again.string == text.string, "not idempotent: \(text.string.debugDescription)")
  for marker in text.markers {
    FuzzScratch.require(
      marker.lowerBound >= 0 && marker.upperBound <= text.string.unicodeScalars.count,
      "marker \(marker) outside the text")
  }
  return 0
}
