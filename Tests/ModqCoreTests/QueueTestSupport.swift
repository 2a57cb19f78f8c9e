import Foundation
import ModqCore

/// Helpers shared by the queue and JSON tests.
enum QueueTestSupport {
  /// Writes `bytes` to a fresh temporary file and returns its path.
  static func tempFile(_ bytes: [UInt8], name: String = "queue.jsonl") throws -> String {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("modq-queue-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  static func tempFile(_ text: String, name: String = "queue.jsonl") throws -> String {
    try tempFile(Array(text.utf8), name: name)
  }

  /// The formats.md example line.
  static let exampleLine = #"""
    {"id":"r-10023","rating":2,"title":"Fell apart","body":"The strap broke after a week.",\#
    "product":{"id":"SKU-881","name":"Trailhead Daypack 20L","brand":"Northpeak",\#
    "category":"bags"},"author":{"name":"Dana K.","email":"dana@example.com","id":"c-77"},\#
    "verified_purchase":true,"submitted_at":"2026-11-19T10:22:00Z","locale":"en-US",\#
    "order_id":"o-5531"}
    """#

  /// A minimal valid line with `id`.
  static func line(_ id: String, body: String = "fine") -> String {
    #"{"id":"\#(id)","rating":4,"body":"\#(body)"}"#
  }

  /// Decodes or returns the error.
  static func decode(_ text: String) -> Result<Review, JSONLineError> {
    decode(Array(text.utf8))
  }

  static func decode(_ bytes: [UInt8]) -> Result<Review, JSONLineError> {
    Result { () throws(JSONLineError) -> Review in try ReviewDecoder.decode(bytes) }
  }
}
