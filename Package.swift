// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Dependency direction (enforced by the target graph, and by a grep in .ci/run):
//   modq (CLI) -> ModqUI -> TerminalKit
//              -> ModqScreening -> ModqCore
//              -> CursesTerminal -> TerminalKit, CNcursesw
// Only Sources/CursesTerminal may import CNcursesw. ModqCore and ModqScreening
// know nothing of terminals.
let package = Package(
  name: "modq",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "modq", targets: ["modq"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
  ],
  targets: [
    .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
    .target(
      name: "ModqCore",
      dependencies: [
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "ModqScreening",
      dependencies: [
        "ModqCore",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Collections", package: "swift-collections"),
      ]
    ),
    .target(
      name: "TerminalKit",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // Test support, not a product: ScriptedTerminal lives in TerminalKit; this holds the
    // golden-snapshot assertion, which needs Swift Testing.
    .target(name: "TerminalKitTesting", dependencies: ["TerminalKit"]),
    .target(name: "CursesTerminal", dependencies: ["TerminalKit", "CNcursesw"]),
    .target(name: "ModqUI", dependencies: ["ModqCore", "ModqScreening", "TerminalKit"]),
    .executableTarget(
      name: "modq",
      dependencies: [
        "ModqCore", "ModqScreening", "ModqUI", "TerminalKit", "CursesTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "ModqCoreTests", dependencies: ["ModqCore"], exclude: ["Fixtures"]),
    .testTarget(
      name: "ModqScreeningTests", dependencies: ["ModqScreening", "ModqCore"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "TerminalKitTests",
      dependencies: ["TerminalKit", "TerminalKitTesting"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "CursesTerminalTests",
      dependencies: ["CursesTerminal", "TerminalKit", "TerminalKitTesting", "CNcursesw"]
    ),
    .testTarget(
      name: "ModqUITests",
      dependencies: ["ModqUI", "TerminalKit", "TerminalKitTesting", "ModqCore", "ModqScreening"],
      exclude: ["Snapshots"]
    ),
    .testTarget(name: "EndToEndTests", dependencies: ["modq", "ModqCore"], exclude: ["Fixtures"]),
  ]
)

// libFuzzer targets (Fuzz/, scripts/fuzz.sh): only with MODQ_FUZZ=1, so a normal build never
// compiles them (they have no main; libFuzzer supplies it).
if ProcessInfo.processInfo.environment["MODQ_FUZZ"] != nil {
  package.targets.append(
    .target(name: "FuzzSupport", path: "Fuzz/Sources/FuzzSupport"))
  let fuzzTargets: [(String, [Target.Dependency])] = [
    ("FuzzQueue", ["ModqCore"]), ("FuzzAuditLog", ["ModqCore"]),
    ("FuzzPolicy", ["ModqScreening", "ModqCore"]), ("FuzzSanitizer", ["TerminalKit"]),
  ]
  for (name, dependencies) in fuzzTargets {
    package.targets.append(
      .executableTarget(
        name: name, dependencies: dependencies + ["FuzzSupport"], path: "Fuzz/Sources/\(name)"))
    package.products.append(.executable(name: name, targets: [name]))
  }
}
