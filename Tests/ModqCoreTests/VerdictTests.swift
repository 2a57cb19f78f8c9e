import ModqCore
import Testing

@Suite struct VerdictResolutionTests {
  func finding(_ id: String, _ action: Verdict) -> Finding {
    Finding(criterion: id, action: action, spans: [], evidence: "", explanation: "")
  }

  @Test func noFindingsPublishes() {
    #expect(ScreeningResult.resolve([]) == .publish)
  }

  @Test func rejectAloneRejects() {
    #expect(ScreeningResult.resolve([finding("profanity", .reject)]) == .reject)
  }

  @Test func anyEscalateWinsOverReject() {
    let f = [finding("integrity.extortion", .reject), finding("escalate.frustration_cta", .escalate)]
    #expect(ScreeningResult.resolve(f) == .escalate)
  }
}
