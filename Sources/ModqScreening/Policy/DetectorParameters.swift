import Foundation

/// A criterion's parameters with typed access for detector factories. Every accessor records
/// the key as used; after the factory returns, the engine reports any key never read as
/// "file:line: criterion X: unknown parameter 'foo'".
public final class DetectorParameters {
  public let criterionID: String
  /// The store being moderated (detectors may compile its names into matchers).
  public let store: StoreProfile
  /// The policy file and the criterion's line, for messages.
  public let file: String
  public let line: Int
  /// Where list files named in parameters are looked up.
  public let listsDirectory: URL
  private let values: [String: ParamValue]
  private var used: Set<String> = []

  public init(
    criterionID: String, values: [String: ParamValue], store: StoreProfile, file: String,
    line: Int, listsDirectory: URL
  ) {
    self.criterionID = criterionID
    self.values = values
    self.store = store
    self.file = file
    self.line = line
    self.listsDirectory = listsDirectory
  }

  /// An error about a parameter, located at its line.
  public func error(_ key: String, _ message: String) -> PolicyError {
    PolicyError(
      file: file, line: values[key]?.line ?? line,
      "criterion \(criterionID): parameter '\(key)': \(message)")
  }

  /// True when the policy sets `key`.
  public func has(_ key: String) -> Bool {
    used.insert(key)
    return values[key] != nil
  }

  public func string(_ key: String, default fallback: String) throws -> String {
    used.insert(key)
    guard let value = values[key] else { return fallback }
    guard let text = value.scalar else { throw error(key, "expected a single value") }
    return text
  }

  public func int(_ key: String, default fallback: Int) throws -> Int {
    let text = try string(key, default: String(fallback))
    guard let number = Int(text) else { throw error(key, "expected an integer, got '\(text)'") }
    return number
  }

  public func double(_ key: String, default fallback: Double) throws -> Double {
    let text = try string(key, default: String(fallback))
    guard let number = Double(text), number.isFinite else {
      throw error(key, "expected a number, got '\(text)'")
    }
    return number
  }

  public func bool(_ key: String, default fallback: Bool) throws -> Bool {
    let text = try string(key, default: fallback ? "true" : "false")
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw error(key, "expected true or false, got '\(text)'")
    }
  }

  public func strings(_ key: String, default fallback: [String]) throws -> [String] {
    used.insert(key)
    guard let value = values[key] else { return fallback }
    guard let items = value.scalars else { throw error(key, "expected a list of values") }
    return items
  }

  /// Phrases from list files and/or inline entries: the value is a file name in the lists
  /// directory ("profanity.txt"), or a list mixing file names (ending in `.txt`) and phrases.
  public func phraseEntries(_ key: String, default fallback: [String] = []) throws -> [String] {
    let items = try strings(key, default: fallback)
    var result: [String] = []
    for item in items {
      if item.hasSuffix(".txt") {
        let url = listsDirectory.appendingPathComponent(item)
        do {
          result += try PhraseMatcher.entries(ofListFile: url)
        } catch {
          throw self.error(key, "cannot read list file \(url.path)")
        }
      } else {
        result.append(item)
      }
    }
    return result
  }

  /// A compiled matcher over `phraseEntries(key)`.
  public func phrases(
    _ key: String, default fallback: [String] = [], matchesJoined: Bool = true,
    stretch: Bool = true
  ) throws -> PhraseMatcher {
    let items = try strings(key, default: fallback).filter { $0.hasSuffix(".txt") }
    return PhraseMatcher(
      phrases: try phraseEntries(key, default: fallback), sources: items,
      matchesJoined: matchesJoined, stretch: stretch)
  }

  /// Keys the factory never read.
  public var unusedKeys: [String] { values.keys.filter { !used.contains($0) }.sorted() }

  /// The "unknown parameter" error for the first unused key, if any.
  public func unusedKeyError() -> PolicyError? {
    guard let key = unusedKeys.first else { return nil }
    return PolicyError(
      file: file, line: values[key]?.line ?? line,
      "criterion \(criterionID): unknown parameter '\(key)'")
  }
}
