import Foundation
import FuzzSupport
import ModqCore
import ModqScreening

/// A store profile and a small lists folder, set up once: the policy under test lives in
/// `<scratch>/policy/`, so its default `lists: ../lists` finds three real lists.
private let fixture: (store: StoreProfile, directory: URL) = {
  let data = FuzzScratch.repository.appendingPathComponent("data")
  let lists = FuzzScratch.directory + "/lists"
  let policy = FuzzScratch.directory + "/policy"
  for dir in [lists, policy] {
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }
  for name in ["profanity.txt", "profanity-allow.txt", "phone-context.txt"] {
    let from = data.appendingPathComponent("lists/\(name)").path
    try? FileManager.default.removeItem(atPath: lists + "/" + name)
    try? FileManager.default.copyItem(atPath: from, toPath: lists + "/" + name)
  }
  let storeURL = data.appendingPathComponent("stores/northpeak.yaml")
  guard let store = try? StoreProfile.load(contentsOf: storeURL) else {
    fatalError("cannot load \(storeURL.path)")
  }
  return (store, URL(fileURLWithPath: policy))
}()

/// The policy loader: YAML parsing, structure checks and detector construction. A bad policy
/// must throw a `PolicyError` naming the file; a good one must build an engine that screens
/// a review. Inputs naming device or proc paths are skipped (the loader hashes every file of
/// the `lists:` folder, and a policy is trusted configuration).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicy(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  for word in ["/dev", "/proc", "/sys", "/run"] where contains(bytes, Array(word.utf8)) {
    return 0
  }
  let text = String(decoding: bytes, as: UTF8.self)
  let policy: Policy
  do {
    policy = try Policy.parse(
      text, data: Data(bytes), file: "fuzz.yaml", directory: fixture.directory)
  } catch let error as PolicyError {
    FuzzScratch.require("\(error)".hasPrefix("fuzz.yaml"), "error without file: \(error)")
    return 0
  } catch {
    FuzzScratch.require(false, "not a PolicyError: \(error)")
    return 0
  }
  FuzzScratch.require(policy.sha256.count == 64, "policy hash \(policy.sha256)")
  guard let engine = try? ScreeningEngine(policy: policy, store: fixture.store) else { return 0 }
  let review = Review(id: "r-1", rating: 1, title: "Awful", body: "Call me at 555-201-7788, damn.")
  _ = engine.screen(review)
  return 0
}

private func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
  guard haystack.count >= needle.count else { return false }
  for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
    if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
  }
  return false
}
