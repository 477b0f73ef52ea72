package content

// FieldType is the type a front-matter value must have.
type FieldType int

// The value types of the schema.
const (
	TypeString      FieldType = iota + 1 // one line of text
	TypeText                             // Markdown text, may span lines
	TypeInt                              // a whole number
	TypeList                             // a list of strings; a single string counts as a list of one
	TypeDate                             // YYYY-MM-DD
	TypePartialDate                      // YYYY-MM-DD, YYYY-MM or YYYY
	TypeWhen                             // question: answer pairs (When)
	TypeParams                           // a list of fill-in parameters ([]Param)
	TypeQuestions                        // a list of questions about a task ([]Question)
	TypeVariants                         // a list of alternative clause texts ([]Variant)
	TypeTerms                            // the handbook's words ([]Term)
	TypeProse                            // the limits of lint's prose rules (Prose)
)

// FieldSpec describes one front-matter key.
type FieldSpec struct {
	Name     string
	Type     FieldType
	Required bool
	Vocab    []string // allowed values, for strings and lists; nil: free text
	Positive bool     // for TypeInt: must be 1 or more
	NonEmpty bool     // for TypeList: a required list must have an item
}

// The vocabularies of the content model.
var (
	Stages  = []string{"要件の伝達", "委託事業者の選定", "委託事業者との契約", "実施状況の確認"}
	Aspects = []string{"対策", "運用"}
	Timings = []string{"契約前", "定期", "終了時", "随時"}
	Methods = []string{"書面", "ヒアリング", "実地"}
	// Calendars are how forms print dates: 西暦 (2026年) or 和暦 (令和8年).
	Calendars = []string{"西暦", "和暦"}
)

var clauseSchema = []FieldSpec{
	{Name: "id", Type: TypeString, Required: true},
	{Name: "title", Type: TypeString, Required: true},
	{Name: "order", Type: TypeInt, Required: true, Positive: true},
	{Name: "rationale", Type: TypeText, Required: true},
	{Name: "stages", Type: TypeList, Vocab: Stages},
	{Name: "incidents", Type: TypeList},
	{Name: "forms", Type: TypeList},
	{Name: "sources", Type: TypeList},
	{Name: "reviewed", Type: TypeDate},
	{Name: "reviewed_by", Type: TypeString},
	{Name: "waiver", Type: TypeText},
	{Name: "when", Type: TypeWhen},
	{Name: "variants", Type: TypeVariants},
}

var checkSchema = []FieldSpec{
	{Name: "id", Type: TypeString, Required: true},
	{Name: "clause", Type: TypeString, Required: true},
	{Name: "title", Type: TypeString, Required: true},
	{Name: "aspect", Type: TypeString, Required: true, Vocab: Aspects},
	{Name: "timing", Type: TypeList, Required: true, NonEmpty: true, Vocab: Timings},
	{Name: "method", Type: TypeList, Vocab: Methods},
	{Name: "evidence", Type: TypeText},
	{Name: "rationale", Type: TypeText, Required: true},
	// question and good are what make the 遵守確認表 an inspection form;
	// lint's inspection-form rule asks for them (a warning, so that a
	// handbook written before them still builds).
	{Name: "question", Type: TypeText},
	{Name: "good", Type: TypeText},
	{Name: "reviewed", Type: TypeDate},
	{Name: "reviewed_clause", Type: TypeString},
	{Name: "reviewed_by", Type: TypeString},
	{Name: "when", Type: TypeWhen},
}

var pageSchema = []FieldSpec{
	{Name: "title", Type: TypeString, Required: true},
	{Name: "order", Type: TypeInt},
	{Name: "id", Type: TypeString},
	{Name: "date", Type: TypePartialDate},
	{Name: "description", Type: TypeText},
	{Name: "reviewed", Type: TypeDate},
	{Name: "reviewed_by", Type: TypeString},
}

var homeSchema = append(append([]FieldSpec(nil), pageSchema...),
	FieldSpec{Name: "review_days", Type: TypeInt, Positive: true},
	FieldSpec{Name: "theme", Type: TypeString},
	FieldSpec{Name: "calendar", Type: TypeString, Vocab: Calendars},
	FieldSpec{Name: "params", Type: TypeParams},
	FieldSpec{Name: "questions", Type: TypeQuestions},
	FieldSpec{Name: "prose", Type: TypeProse},
	FieldSpec{Name: "terms", Type: TypeTerms},
)

var incidentSchema = withID(pageSchema)

// formSchema is a form page's (様式): its id, which clauses cite, and its
// number, 様式第N号.
var formSchema = append(withID(pageSchema), FieldSpec{Name: "form", Type: TypeInt, Required: true, Positive: true})

// withID is schema with id required.
func withID(schema []FieldSpec) []FieldSpec {
	s := append([]FieldSpec(nil), schema...)
	for i := range s {
		if s[i].Name == "id" {
			s[i].Required = true
		}
	}
	return s
}

// Schema returns the keys a file at path may have. The path decides the
// kind: the home page and incident pages have a few keys more than other
// pages.
func Schema(kind Kind, path string) []FieldSpec {
	switch kind {
	case KindClause:
		return clauseSchema
	case KindCheck:
		return checkSchema
	}
	switch {
	case path == HomePath:
		return homeSchema
	case isIncidentPath(path):
		return incidentSchema
	case isFormPath(path):
		return formSchema
	}
	return pageSchema
}

func specFor(schema []FieldSpec, name string) (FieldSpec, bool) {
	for _, s := range schema {
		if s.Name == name {
			return s, true
		}
	}
	return FieldSpec{}, false
}
