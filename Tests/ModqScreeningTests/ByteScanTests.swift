import ModqCore
import Testing

@testable import ModqScreening

/// The byte scans the number and email detectors jump with: they find what a byte-by-byte
/// walk finds, at the start and end of a field and after long runs of words.
@Suite struct ByteScanTests {
  @Test func firstDigitFindsTheNextDigitOrTheEnd() {
    let bytes = Array("ab 7 cd 90".utf8)
    #expect(bytes.firstDigit(from: 0) == 3)
    #expect(bytes.firstDigit(from: 4) == 8)
    #expect(bytes.firstDigit(from: 9) == 9)
    #expect(bytes.firstDigit(from: 10) == 10)
    #expect(Array("no digits".utf8).firstDigit(from: 0) == 9)
    #expect(Array("/:".utf8).firstDigit(from: 0) == 2)
    #expect(Array("x".utf8).contains(byte: UInt8(ascii: "x")))
    #expect(!Array("x".utf8).contains(byte: UInt8(ascii: "$")))
    let text = Array("a@b @ c@".utf8)
    #expect(text.index(ofByte: UInt8(ascii: "@"), from: 0) == 1)
    #expect(text.index(ofByte: UInt8(ascii: "@"), from: 2) == 4)
    #expect(text.index(ofByte: UInt8(ascii: "@"), from: 8) == nil)
    #expect(text.count(ofByte: UInt8(ascii: "@")) == 3)
    #expect(Array("wow!!".utf8).count(ofByte: UInt8(ascii: "!")) == 2)
    #expect([UInt8]().count(ofByte: UInt8(ascii: "!")) == 0)
  }

  @Test func fieldsKnowWhetherTheyHoldADigit() {
    #expect(TextField(field: .body, text: "light and warm").hasDigit == false)
    #expect(TextField(field: .body, text: "size 9").hasDigit)
    #expect(TextField(field: .body, text: "sh1t").hasDigit)
  }

  @Test(arguments: [
    ("(555) 201-7788 was the number", "pii.phone"),
    (String(repeating: "a long review of words ", count: 40) + "+44 20 7946 0958", "pii.phone"),
    ("first a@b.com then jane.doe@example.com", "pii.email"),
    (String(repeating: "word ", count: 200) + "card 4111 1111 1111 1111", "pii.card_number"),
    ("4111 1111 1111 1111", "pii.card_number"),
  ])
  func numbersAtTheEdgesAndAfterLongText(_ text: String, _ criterion: String) {
    #expect(Fixture.fired(text).contains(criterion))
  }
}
