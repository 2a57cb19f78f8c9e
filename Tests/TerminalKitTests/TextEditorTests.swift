import TerminalKit
import Testing

@Suite struct TextEditorTests {
  func type(_ text: String, into editor: inout TextEditor) {
    for character in text { _ = editor.handle(.char(character)) }
  }

  @Test func insertMoveAndDelete() {
    var editor = TextEditor()
    type("héllo wörld", into: &editor)
    #expect(editor.handle(.ctrlLeft) == .handled)
    #expect(editor.cursorColumn == 6)
    _ = editor.handle(.backspace)
    #expect(editor.text == "héllowörld")
    _ = editor.handle(.home)
    _ = editor.handle(.delete)
    #expect(editor.text == "éllowörld")
    _ = editor.handle(.alt("f"))
    #expect(editor.cursorColumn == 9)
    _ = editor.handle(.alt("b"))
    #expect(editor.cursorColumn == 0)
  }

  @Test func killCommands() {
    var editor = TextEditor(text: "alpha beta gamma")
    _ = editor.handle(.ctrl("w"))
    #expect(editor.text == "alpha beta ")
    _ = editor.handle(.ctrl("a"))
    _ = editor.handle(.ctrlRight)
    _ = editor.handle(.ctrl("k"))
    #expect(editor.text == "alpha")
    _ = editor.handle(.ctrl("e"))
    _ = editor.handle(.left)
    _ = editor.handle(.ctrl("u"))
    #expect(editor.text == "a")
    #expect(editor.cursorColumn == 0)
  }

  @Test func multiLineEditing() {
    var editor = TextEditor()
    type("first", into: &editor)
    #expect(editor.handle(.enter) == .handled)
    type("second", into: &editor)
    _ = editor.handle(.up)
    #expect(editor.cursorLine == 0)
    #expect(editor.cursorColumn == 5)
    _ = editor.handle(.down)
    _ = editor.handle(.home)
    _ = editor.handle(.backspace)
    #expect(editor.text == "firstsecond")
    #expect(editor.handle(.escape) == .cancel)
    #expect(editor.handle(.function(5)) == .ignored)
  }

  @Test func singleLineSubmits() {
    var editor = TextEditor(singleLine: true)
    type("refund", into: &editor)
    #expect(editor.handle(.enter) == .submit)
    #expect(editor.text == "refund")
    editor.insert("\n")
    #expect(editor.text == "refund")
  }

  @Test func rendersWithCursorAndScrollsHorizontally() {
    var editor = TextEditor(text: "abcdefghij", singleLine: true)
    var screen = Screen(size: Size(width: 5, height: 1))
    editor.render(into: &screen, rect: screen.bounds)
    #expect(screen.lines == ["ghij "])
    #expect(screen.styleRuns == ["r0 c4-4 - reverse"])
    _ = editor.handle(.home)
    editor.render(into: &screen, rect: screen.bounds)
    #expect(screen.lines == ["abcde"])
    #expect(screen.styleRuns == ["r0 c0-0 - reverse"])
    var hostile = TextEditor(text: "x\u{1B}[2J", singleLine: true)
    _ = hostile.handle(.home)
    hostile.render(into: &screen, rect: screen.bounds)
    #expect(screen.lines == ["x␛[2J"])
  }
}
