import Testing

@Test func cursesPlaceholder() { #expect(Bool(true)) }
