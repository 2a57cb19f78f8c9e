import Foundation
import Testing

@testable import ModqScreening

/// The policy hash recorded in the audit log must change when anything the detectors read
/// changes: the policy file, any list (named in a parameter or read by fixed name), the lexicon.
@Suite struct PolicyHashTests {
  /// Copies data/policy, data/lists and data/sentiment into a temporary data folder.
  func copyOfShippedData() throws -> URL {
    let manager = FileManager.default
    let target = manager.temporaryDirectory.appendingPathComponent("modq-hash-\(UUID().uuidString)")
    try manager.createDirectory(at: target, withIntermediateDirectories: true)
    for folder in ["policy", "lists", "sentiment"] {
      try manager.copyItem(
        at: Fixture.root.appendingPathComponent("data/\(folder)"),
        to: target.appendingPathComponent(folder))
    }
    return target
  }

  func hash(_ data: URL) throws -> String {
    try Policy.load(contentsOf: data.appendingPathComponent("policy/default.yaml")).sha256
  }

  func appendLine(_ file: URL) throws {
    let handle = try FileHandle(forWritingTo: file)
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("\n# edited\n".utf8))
    try handle.close()
  }

  @Test func sameFilesGiveTheSameHash() throws {
    let data = try copyOfShippedData()
    defer { try? FileManager.default.removeItem(at: data) }
    #expect(try hash(data) == hash(data))
  }

  @Test(arguments: ["policy/default.yaml", "lists/profanity.txt"])
  func editingAPolicyOrNamedListChangesTheHash(_ file: String) throws {
    let data = try copyOfShippedData()
    defer { try? FileManager.default.removeItem(at: data) }
    let before = try hash(data)
    try appendLine(data.appendingPathComponent(file))
    #expect(try hash(data) != before)
  }

  @Test func editingAnyListOrTheLexiconChangesTheHash() throws {
    let data = try copyOfShippedData()
    defer { try? FileManager.default.removeItem(at: data) }
    let lists = data.appendingPathComponent("lists")
    let named = Set(try Policy.load(contentsOf: data.appendingPathComponent("policy/default.yaml")).listFiles)
    let unnamed = try FileManager.default.contentsOfDirectory(atPath: lists.path)
      .filter { !named.contains($0) }.sorted()
    let lexicon = try FileManager.default.contentsOfDirectory(
      atPath: data.appendingPathComponent("sentiment").path
    ).sorted()
    let targets =
      unnamed.prefix(1).map { lists.appendingPathComponent($0) }
      + lexicon.prefix(1).map { data.appendingPathComponent("sentiment/\($0)") }
    #expect(targets.count == 2, "expected a list read by fixed name and a lexicon file")
    for target in targets {
      let before = try hash(data)
      try appendLine(target)
      #expect(try hash(data) != before, "\(target.lastPathComponent) is not covered by the hash")
    }
  }
}
