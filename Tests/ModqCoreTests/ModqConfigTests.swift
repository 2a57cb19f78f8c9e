import Foundation
import Testing

@testable import ModqCore

@Suite struct ModqConfigTests {
  @Test func parsesKnownKeysAndResolvesPaths() throws {
    let yaml = """
      queue: queues/today.jsonl
      audit: /var/log/modq/audit.jsonl
      moderator: ana
      hmac_key_file: key.txt
      on_escalate: notify-support
      theme: dusk
      """
    let config = try ModqConfig.parse(yaml: yaml, file: "/etc/team/modq.yaml")
    #expect(config.queue == "/etc/team/queues/today.jsonl")
    #expect(config.audit == "/var/log/modq/audit.jsonl")
    #expect(config.moderator == "ana")
    #expect(config.hmacKeyFile == "/etc/team/key.txt")
    #expect(config.onEscalate == "notify-support")
    #expect(config.theme == "dusk")
    #expect(config.moderatorName(flag: "bo") == "bo")
    #expect(config.moderatorName(flag: nil) == "ana")
  }

  @Test func malformedYAMLNamesFileAndLine() throws {
    do {
      _ = try ModqConfig.parse(yaml: "queue: a\naudit: [unclosed\n", file: "modq.yaml")
      Issue.record("accepted malformed YAML")
    } catch let error as ConfigError {
      #expect(error.file == "modq.yaml")
      #expect(error.line != nil)
      #expect(error.description.hasPrefix("modq.yaml:"))
    }
    #expect(throws: ConfigError.self) { try ModqConfig.parse(yaml: "qeueu: x\n", file: "m.yaml") }
    do {
      _ = try ModqConfig.parse(yaml: "queue: a\nbogus: 1\n", file: "m.yaml")
    } catch let error as ConfigError {
      #expect(error.line == 2)
      #expect(error.reason.contains("unknown key 'bogus'"))
    }
  }

  @Test func searchOrderAndDefaults() throws {
    let dir = try makeTempDir("config")
    let xdg = dir + "/xdg"
    try FileManager.default.createDirectory(
      atPath: xdg + "/modq", withIntermediateDirectories: true)
    try "moderator: from-xdg\n".write(
      toFile: xdg + "/modq/modq.yaml", atomically: true, encoding: .utf8)
    let env = ["XDG_CONFIG_HOME": xdg, "XDG_STATE_HOME": dir + "/state", "USER": "zed"]
    #expect(try ModqConfig.load(workingDirectory: dir, environment: env).moderator == "from-xdg")
    try "moderator: from-cwd\n".write(toFile: dir + "/modq.yaml", atomically: true, encoding: .utf8)
    #expect(try ModqConfig.load(workingDirectory: dir, environment: env).moderator == "from-cwd")
    let empty = try ModqConfig.load(
      workingDirectory: dir + "/xdg", environment: ["XDG_CONFIG_HOME": dir + "/none"])
    #expect(empty.source == nil)
    #expect(empty.moderatorName(flag: nil, environment: env) == "zed")
    let audit = try empty.auditPath(flag: nil, environment: env)
    #expect(audit == dir + "/state/modq/audit.jsonl")
    var isDir: ObjCBool = false
    #expect(
      FileManager.default.fileExists(atPath: dir + "/state/modq", isDirectory: &isDir)
        && isDir.boolValue)
  }
}
