import Foundation
import ModqScreening

/// Loads the policy and store for a command (defaults: the bundled demo data).
enum EngineLoader {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  static func policyURL(_ path: String?) throws -> URL {
    if let path { return URL(fileURLWithPath: path) }
    guard let url = DataLocator.defaultPolicy else {
      throw Failure(
        description: "cannot find data/policy/default.yaml (set MODQ_DATA_DIR or pass --policy)")
    }
    return url
  }

  static func storeURL(_ path: String?) throws -> URL {
    if let path { return URL(fileURLWithPath: path) }
    guard let url = DataLocator.defaultStore else {
      throw Failure(
        description: "cannot find data/stores/northpeak.yaml (set MODQ_DATA_DIR or pass --store)")
    }
    return url
  }

  /// The engine; warnings (skipped criteria) go to stderr.
  static func engine(
    policy: String?, store: String?, quiet: Bool = false, registry: DetectorRegistry = .builtIn
  ) throws -> ScreeningEngine {
    let loadedPolicy = try Policy.load(contentsOf: try policyURL(policy))
    let loadedStore = try StoreProfile.load(contentsOf: try storeURL(store))
    let engine = try ScreeningEngine(policy: loadedPolicy, store: loadedStore, registry: registry)
    if !quiet {
      for warning in engine.warnings { StandardError.print("warning: \(warning)") }
    }
    return engine
  }
}

/// Writes to stderr.
enum StandardError {
  static func print(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
