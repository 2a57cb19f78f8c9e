import Testing

@testable import ModqCore

@Suite("JSONDecimal: integers as String(value) writes them")
struct JSONDecimalTests {
  static func text(_ value: Int) -> String {
    var out: [UInt8] = Array("x".utf8)
    JSONDecimal.append(value, to: &out)
    return String(decoding: out.dropFirst(), as: UTF8.self)
  }

  @Test func matchesStringForEdgesAndPowersOfTen() {
    var values = [0, 1, -1, 9, 10, -10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1, -power, -(power - 1)]
    }
    for value in values { #expect(Self.text(value) == String(value), "\(value)") }
  }

  @Test func matchesStringForRandomValues() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<10_000 {
      let value = Int.random(in: Int.min...Int.max, using: &generator)
      #expect(Self.text(value) == String(value))
    }
  }

  @Test func appendsAfterWhatIsAlreadyThere() {
    var out: [UInt8] = Array("seq:".utf8)
    JSONDecimal.append(-305, to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "seq:-305")
  }
}
