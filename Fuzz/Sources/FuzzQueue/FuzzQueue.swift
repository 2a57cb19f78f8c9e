import Foundation
import FuzzSupport
import ModqCore

/// The queue JSON Lines reader: the input is a whole queue file. `loadAll` must account for
/// every non-blank line (an entry or a diagnostic naming that line), keep ids unique, and the
/// line decoder must agree with the file reader on each line; decode(encode(r)) == r.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQueue(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: data, count: size)
  let path = FuzzScratch.directory + "/queue.jsonl"
  FuzzScratch.write(bytes, to: path)
  guard let queue = try? QueueFile(path: path) else { return 0 }
  let load = queue.loadAll()
  let ids = load.entries.map(\.review.id)
  FuzzScratch.require(Set(ids).count == ids.count, "duplicate ids kept: \(ids)")
  for diagnostic in load.diagnostics {
    FuzzScratch.require(diagnostic.file == path && diagnostic.line >= 1, "\(diagnostic)")
  }
  let head = queue.head(2)
  FuzzScratch.require(
    head.entries.map(\.review.id) == Array(ids.prefix(head.entries.count)),
    "head disagrees with loadAll")
  for entry in load.entries {
    let again = try? queue.entry(at: entry.line)
    FuzzScratch.require(again?.review.id == entry.review.id, "entry(at: \(entry.line))")
    let line = ReviewEncoder.encode(entry.review)
    let decoded = try? ReviewDecoder.decode(line)
    FuzzScratch.require(
      decoded == entry.review, "decode(encode(review)) != review: \(entry.review)")
  }
  return 0
}
