package lint

import "testing"

func TestCommaCount(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"four are allowed", guide("受注者は、あらかじめ、書面で、速やかに、報告します。\n"), nil},
		{"five are not, reported at the sentence's start", guide("短い文です。受注者は、あらかじめ、書面で、速やかに、正しく、報告します。\n"),
			[]want{{"content/guide/p.md:4:7", "comma-count", "this sentence has 5 読点 (、), more than 4"}}},
		{"， counts too", guide("受注者は，あらかじめ，書面で，速やかに，正しく，報告します。\n"),
			[]want{
				{"content/guide/p.md:4:1", "comma-count", "5 読点"},
				{"content/guide/p.md:4:5", "punctuation", "，"}, {"content/guide/p.md:4:11", "punctuation", "，"},
				{"content/guide/p.md:4:15", "punctuation", "，"}, {"content/guide/p.md:4:20", "punctuation", "，"},
				{"content/guide/p.md:4:24", "punctuation", "，"},
			}},
		{"a 読点 between nouns lists and does not count", guide("相手方、範囲、作業場所、従事者、安全管理措置（方法）、期限を、書面で確かめます。\n"), nil},
		{"each sentence counts on its own", guide("あ、い、う、え。お、か、き、く、け。\n"), nil},
		{"not in code", guide("受注者は、`a、b、c、d、e` を、使います。\n"), nil},
		{"the limit is a setting", withHome(guide("受注者は、あらかじめ、報告します。\n"), "prose:\n  comma-count: 1\n"),
			[]want{{"content/guide/p.md:4:1", "comma-count", "2 読点 (、), more than 1; split it, or make its items a list (the limit is prose: comma-count"}}},
	} {
		t.Run(tc.name, func(t *testing.T) { expectProse(t, tc.files, tc.want) })
	}
}
