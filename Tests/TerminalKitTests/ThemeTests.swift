import Foundation
import TerminalKit
import Testing

@Suite struct ThemeTests {
  static let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

  static let mustStandOut: Set<String> = [
    "verdict.publish", "verdict.reject", "verdict.escalate", "highlight.reject",
    "highlight.escalate", "selection", "marker", "badge.hidden", "error", "chrome.status",
  ]

  @Test(arguments: ["dark", "light", "high-contrast", "monochrome"])
  func shippedThemesDefineEveryRole(name: String) throws {
    let path = ThemeTests.themesDirectory.appendingPathComponent("\(name).yaml").path
    let theme = try Theme.load(path: path)
    #expect(theme.name == name)
    for role in Theme.requiredRoles {
      #expect(theme.roles[role] != nil, "\(name) lacks \(role)")
      // Without colour, roles that carry meaning must still stand out.
      let mono = theme.resolve(.role(role), mode: .monochrome)
      #expect(mono.foreground == -1 && mono.background == -1)
      if ThemeTests.mustStandOut.contains(role) {
        #expect(!mono.attributes.isEmpty, "\(name): \(role) invisible in mono")
      }
    }
  }

  @Test func resolvesByModeWithFallbacks() throws {
    let theme = try Theme.parse(
      yaml: """
        name: t
        roles:
          highlight: {fg: [196, 9, 1], bg: default, attrs: [bold], mono: [underline]}
          selection: {fg: bright-white, bg: 4}
        """, source: "t.yaml")
    #expect(
      theme.resolve(.role("highlight.reject"), mode: .ansi256)
        == ResolvedStyle(foreground: 196, background: -1, attributes: [.bold]))
    #expect(theme.resolve(.role("highlight.reject"), mode: .ansi16).foreground == 9)
    #expect(theme.resolve(.role("highlight.reject"), mode: .ansi8).foreground == 1)
    #expect(
      theme.resolve(.role("highlight"), mode: .monochrome)
        == ResolvedStyle(foreground: -1, background: -1, attributes: [.bold, .underline]))
    #expect(theme.resolve(.role("selection"), mode: .ansi8).foreground == 7)
    #expect(
      theme.resolve(.role("unknown", [.dim]), mode: .ansi256)
        == ResolvedStyle(
          foreground: -1, background: -1, attributes: [.dim]))
  }

  @Test func noColorForcesMonochrome() {
    #expect(ColorMode.detect(colors: 256, environment: ["NO_COLOR": "1"]) == .monochrome)
    #expect(ColorMode.detect(colors: 256, environment: ["NO_COLOR": ""]) == .ansi256)
    #expect(ColorMode.detect(colors: 16, environment: [:]) == .ansi16)
    #expect(ColorMode.detect(colors: 8, environment: [:]) == .ansi8)
    #expect(ColorMode.detect(colors: 0, environment: [:]) == .monochrome)
  }

  @Test func badThemesNameFileAndLine() {
    let cases: [(String, String)] = [
      ("name: x\nroles:\n  a: {fg: [300, 1, 1]}\n", "t.yaml:3: a colour list"),
      ("name: x\nroles:\n  a:\n    attrs: [blink]\n", "t.yaml:4: unknown attribute \"blink\""),
      ("name: x\nroles:\n  a: {colour: red}\n", "t.yaml:3: unknown key \"colour\""),
      ("name: x\n", "t.yaml:1: missing `roles:`"),
    ]
    for (yaml, expected) in cases {
      #expect {
        try Theme.parse(yaml: yaml, source: "t.yaml")
      } throws: { error in
        String(describing: error).hasPrefix(expected)
      }
    }
    #expect(throws: ThemeError.self) { try Theme.load(path: "/nonexistent/theme.yaml") }
  }
}

@Suite struct ThemeLookupTests {
  @Test func findsThemesByNameOrPath() throws {
    let directory = ThemeTests.themesDirectory.path
    #expect(try Theme.named("light", in: ["/nonexistent", directory]).name == "light")
    #expect(try Theme.named(directory + "/dark.yaml", in: []).name == "dark")
    #expect(throws: ThemeError.self) { try Theme.named("nope", in: [directory]) }
  }
}
