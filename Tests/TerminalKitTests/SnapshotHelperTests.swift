import Foundation
import TerminalKit
import TerminalKitTesting
import Testing

@Suite struct SnapshotHelperTests {
  @Test func missingBaselineIsWrittenAndFailsThenMatchesThenCatchesChanges() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-snapshot-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let fakeTestFile = directory.appendingPathComponent("FakeTests.swift").path
    withKnownIssue("a fresh baseline must fail") {
      expectSnapshot("size 1x1\n|a|\n", named: "probe", filePath: fakeTestFile)
    }
    let written = try String(
      contentsOf: directory.appendingPathComponent("Snapshots/probe.txt"), encoding: .utf8)
    #expect(written == "size 1x1\n|a|\n")
    expectSnapshot("size 1x1\n|a|\n", named: "probe", filePath: fakeTestFile)
    withKnownIssue("a changed frame must fail") {
      expectSnapshot("size 1x1\n|b|\n", named: "probe", filePath: fakeTestFile)
    }
  }

  @Test func diffListsChangedLines() {
    #expect(snapshotDiff(expected: "a\nb\nc", actual: "a\nx\nc\nd") == "2 - b\n2 + x\n4 + d")
    #expect(snapshotDiff(expected: "same", actual: "same").isEmpty)
  }
}
