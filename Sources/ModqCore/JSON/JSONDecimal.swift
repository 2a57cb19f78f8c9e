/// Decimal integers for the byte-level JSON writers (audit log lines, screening output):
/// the same text as `String(value)`, appended without building a string.
public enum JSONDecimal {
  /// Appends `value` in decimal (a leading `-` when negative) to `out`.
  public static func append(_ value: Int, to out: inout [UInt8]) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    let start = out.count
    var rest = value.magnitude
    repeat {
      out.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    out[start...].reverse()
  }
}
