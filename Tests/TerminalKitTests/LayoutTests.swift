import TerminalKit
import Testing

@Suite struct LayoutTests {
  func serialise(_ rects: [Rect]) -> String { rects.map(\.description).joined(separator: " ") }

  @Test func headerContentFooter() {
    let rects = Layout.split(
      Rect(row: 0, col: 0, width: 80, height: 24), .vertical, [.fixed(1), .fill, .fixed(1)])
    #expect(serialise(rects) == "(0,0 80x1) (1,0 80x22) (23,0 80x1)")
  }

  @Test func percentAndWeightedFills() {
    let rects = Layout.split(
      Rect(row: 2, col: 0, width: 100, height: 10), .horizontal,
      [.percent(40), .fill(1), .fill(2)])
    #expect(serialise(rects) == "(2,0 40x10) (2,40 20x10) (2,60 40x10)")
  }

  @Test func tooSmallAreasClampInOrder() {
    let rects = Layout.split(
      Rect(row: 0, col: 0, width: 10, height: 3), .vertical, [.fixed(2), .fixed(2), .fill])
    #expect(serialise(rects) == "(0,0 10x2) (2,0 10x1) (3,0 10x0)")
  }

  @Test func rectHelpers() {
    let rect = Rect(row: 0, col: 0, width: 80, height: 24)
    #expect(
      rect.centered(Size(width: 40, height: 10)) == Rect(row: 7, col: 20, width: 40, height: 10))
    #expect(rect.inset(by: 1) == Rect(row: 1, col: 1, width: 78, height: 22))
    #expect(
      rect.intersection(Rect(row: 20, col: 70, width: 20, height: 20)).description == "(20,70 10x4)"
    )
    #expect(rect.contains(Point(row: 23, col: 79)))
    #expect(!rect.contains(Point(row: 24, col: 0)))
  }
}
