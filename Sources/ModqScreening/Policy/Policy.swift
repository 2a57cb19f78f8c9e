import Crypto
import Foundation

/// A moderation policy loaded from YAML (data/policy/default.yaml): criteria with their
/// detectors, parameters, explanations and examples.
public struct Policy: Sendable {
  public var name: String
  /// The policy file (for messages).
  public var file: String
  /// Where list files named in parameters live.
  public var listsDirectory: URL
  public var criteria: [Criterion]
  /// SHA-256 (hex) over the policy file bytes followed by every list and lexicon file
  /// (`dataFiles(listsDirectory:)`); the audit log records it as the policy in force.
  public var sha256: String

  public init(
    name: String, file: String, listsDirectory: URL, criteria: [Criterion], sha256: String
  ) {
    self.name = name
    self.file = file
    self.listsDirectory = listsDirectory
    self.criteria = criteria
    self.sha256 = sha256
  }

  /// The criterion with this id.
  public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

  /// List files named by any parameter (values ending in `.txt`), sorted and unique.
  public var listFiles: [String] {
    var names = Set<String>()
    func collect(_ value: ParamValue) {
      switch value {
      case .scalar(let text, _): if text.hasSuffix(".txt") { names.insert(text) }
      case .list(let items, _): items.forEach(collect)
      case .map(let members, _): members.values.forEach(collect)
      }
    }
    for criterion in criteria { criterion.params.values.forEach(collect) }
    return names.sorted()
  }

  /// Every data file the detectors may read: the files in the lists directory and in its
  /// sibling `sentiment` directory (the lexicon), as paths relative to the lists directory,
  /// sorted. Detectors read some lists by fixed name, not only those named in parameters.
  public static func dataFiles(listsDirectory: URL) -> [String] {
    let manager = FileManager.default
    var names: [String] = []
    let folders = [
      (listsDirectory, ""), (listsDirectory.appendingPathComponent("../sentiment"), "../sentiment/"),
    ]
    for (folder, prefix) in folders {
      let entries = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
      names += entries.filter { !$0.hasPrefix(".") }.map { prefix + $0 }
    }
    return names.sorted()
  }

  /// SHA-256 (hex) of the policy bytes followed by each data file (name, then bytes), so an
  /// edit to the policy or to any list or lexicon file changes the hash the audit log records.
  static func hash(policyBytes: Data, listsDirectory: URL, listFiles: [String]) -> String {
    var hasher = SHA256()
    hasher.update(data: policyBytes)
    for name in listFiles {
      hasher.update(data: Data("\n--- \(name)\n".utf8))
      if let bytes = try? Data(contentsOf: listsDirectory.appendingPathComponent(name)) {
        hasher.update(data: bytes)
      }
    }
    return hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }
}
