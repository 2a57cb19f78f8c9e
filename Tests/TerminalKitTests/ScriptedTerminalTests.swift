import TerminalKit
import Testing

@Suite struct ScriptedTerminalTests {
  @Test func playsEventsAppliesResizesAndRecordsFrames() {
    let device = ScriptedTerminal(
      size: Size(width: 80, height: 24),
      events: [.key(.char("j")), .resize(Size(width: 60, height: 16)), .tick])
    var seen: [InputEvent] = []
    while let event = device.nextEvent(timeout: .milliseconds(100)) {
      seen.append(event)
      var frame = Screen(size: device.size)
      frame.put(text: SanitizedText("\(device.size)"), at: Point(row: 0, col: 0))
      device.present(frame)
    }
    #expect(seen == [.key(.char("j")), .resize(Size(width: 60, height: 16)), .tick])
    #expect(
      device.frames.map(\.size) == [
        Size(width: 80, height: 24), Size(width: 60, height: 16), Size(width: 60, height: 16),
      ])
    #expect(device.lastFrame?.lines.first?.hasPrefix("60x16") == true)
    #expect(device.requestedTimeouts.count == 4)
  }

  @Test func keyLabelsAndControlCodes() {
    #expect(Key.fromControlCode(1) == .ctrl("a"))
    #expect(Key.fromControlCode(13) == .enter)
    #expect(Key.fromControlCode(127) == .backspace)
    #expect(Key.fromControlCode(0x9B) == nil)
    #expect(Key.fromControlCode(0xE9) == .char("é"))
    #expect(
      [Key.pageDown, .ctrl("k"), .alt("b"), .function(1), .char(" ")].map(\.description)
        == ["PgDn", "C-k", "M-b", "F1", "Space"])
  }
}
