package theme

// Anchors are the ids a layout gives every page of its kind besides the
// anchors of the page's own headings: a clause page shows its text, its
// 解説, its 確認項目, its 事故事例 and its 根拠 under headings with these
// ids, a check item page its 確認内容 and its 解説. Editors link to them
// (../clauses/c09.md#解説), so tokki lint accepts them on a link to a
// clause's or a check item's file.
//
// The layouts in themes/default/layouts render them; TestLayoutAnchors in
// cmd/internal/site builds a page of each kind and checks that every id
// listed here is on it, and that every fixed id the layout writes is
// listed. A theme that overrides one of these layouts must keep its ids.
var Anchors = map[string][]string{
	"clause": {"条文", "解説", "確認項目", "事故事例", "根拠"},
	"check":  {"確認内容", "解説"},
}
