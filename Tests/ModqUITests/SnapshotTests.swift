import ModqCore
import TerminalKit
import TerminalKitTesting
import Testing

@testable import ModqUI

@Suite("Frame snapshots")
struct SnapshotTests {
  static let small = Size(width: 80, height: 24)
  static let large = Size(width: 120, height: 40)

  static func frame(_ model: AppModel, _ size: Size) -> Screen {
    var sized = model
    sized.update(.resized(size))
    return RootView.render(sized, size: size)
  }

  static func started(_ items: [QueueItem] = Fixtures.items) -> AppModel {
    var model = Fixtures.model(items: items)
    model.startSession()
    return model
  }

  @Test(arguments: [small, large])
  func mainScreen(size: Size) {
    var model = Self.started()
    model.press(.char("j"))
    expectSnapshot(Self.frame(model, size), named: "main-\(size)")
  }

  @Test(arguments: [small, large])
  func overrideReasonPicker(size: Size) {
    var model = Self.started()
    model.press(.char("r"), .char("j"), .char(" "), .tab)
    model.type("abusive")
    expectSnapshot(Self.frame(model, size), named: "reason-\(size)")
  }

  @Test(arguments: [small, large])
  func noteEditor(size: Size) {
    var model = Self.started()
    model.press(.char("n"))
    model.type("Customer called support already.")
    model.press(.enter)
    model.type("Follow up: 日本語 ok")
    expectSnapshot(Self.frame(model, size), named: "note-\(size)")
  }

  @Test(arguments: [small, large])
  func helpOverlay(size: Size) {
    var model = Self.started()
    model.press(.char("?"))
    expectSnapshot(Self.frame(model, size), named: "help-\(size)")
  }

  @Test(arguments: [small, large])
  func hostileReview(size: Size) {
    let hostile = Fixtures.item(
      "r-10068", title: "Great light\u{1B}]0;pwned\u{07}",
      body:
        "Super bright.\u{1B}[2J\u{1B}[H Best \u{202E}tsrow eht\u{202C} s\u{200B}h\u{200B}i\u{200B}t ever.",
      product: "Beacon 400 Headlamp",
      findings: [
        Finding(
          criterion: "profanity", action: .reject, spans: [Span(field: .body, start: 44, end: 51)],
          evidence: "s\u{200B}h\u{200B}i\u{200B}t", explanation: "Profanity or explicit language")
      ])
    let model = Self.started([hostile] + Fixtures.items)
    let screen = Self.frame(model, size)
    let text = screen.lines.joined(separator: "\n")
    #expect(!text.contains("\u{1B}"))
    #expect(!text.contains("\u{202E}"))
    #expect(text.contains("hidden characters"))
    expectSnapshot(screen, named: "hostile-\(size)")
  }

  @Test(arguments: [small, large])
  func filterPrompt(size: Size) {
    var model = Self.started()
    model.press(.char("f"), .char("j"), .char("j"))
    expectSnapshot(Self.frame(model, size), named: "filter-\(size)")
  }

  @Test func searchPromptAndEmptyResult() {
    var model = Self.started()
    model.press(.char("/"))
    model.type("strap")
    expectSnapshot(Self.frame(model, Self.small), named: "search-80x24")
  }

  @Test func tooSmall() {
    let screen = Self.frame(Self.started(), Size(width: 50, height: 12))
    #expect(screen.lines.joined().contains("Terminal too small: 50x12"))
  }

  @Test func failingAuditLogIsShown() throws {
    var model = Self.started()
    let draft = try #require(Fixtures.draft(model.press(.char("a"))))
    model.update(.auditFailed(draftID: draft.id, reason: "No space left on device"))
    let text = Self.frame(model, Self.small).lines.joined(separator: "\n")
    #expect(text.contains("NOT saved (No space left on device): r-1 stays pending"))
    #expect(text.contains("log FAILING"))
  }
}
