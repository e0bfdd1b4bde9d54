package standin

// Rule is one behaviour the stand-in serves where Seam's fake cannot show Seam's: a route the
// fake lacks, or an answer it gives otherwise. Every rule has an entry in the ledger, which
// names the sentence of Seam's OpenAPI it rests on; a test checks that each quoted sentence
// stands in the document under its path, and that no route answers by a rule without an entry.
type Rule string

// Source is where a rule comes from: the OpenAPI path whose documents (the operation, its
// parameters and the schemas they reference) hold Says, quoted as it stands there. A rule that
// Seam's documents do not state has no Says, and Assumed says what it rests on instead.
type Source struct {
	Path    string
	Says    string
	Assumed string
}

// The rules every object's routes share; each object's file holds its own, with their
// ledger entries and its served routes.
const (
	workspaceScoped       Rule = "an object is seen and changed only with a credential of its workspace"
	newestFirst           Rule = "lists answer newest first"
	oldestFirst           Rule = "lists answer oldest first"
	selectorsAgree        Rule = "an update given both an ID and a key must find one object by both"
	timesToTheMillisecond Rule = "times are kept to the millisecond"
	pagesOfLimit          Rule = "a list that pages answers limit items a page (Seam's default when not given) and the next page's cursor"
)

// ledger ties each rule to Seam's sentence, or says that Seam's documents do not state it:
// these entries, and each object's file's (record).
var ledger = map[Rule]Source{
	workspaceScoped: {Path: "/workspaces/get", Assumed: "Seam's objects each name their workspace_id, and its documents " +
		"say nothing of one workspace's credential reaching another's objects; as any tenant-scoped API, the stand-in finds " +
		"nothing of another workspace (404)"},
	newestFirst: {Path: "/client_sessions/list", Assumed: "Seam's documents give lists no order; newest first, so that a " +
		"client that needs an order must make its own"},
	oldestFirst: {Path: "/spaces/list", Assumed: "Seam's documents give lists no order; oldest first, as the objects were made"},
	selectorsAgree: {Path: "/access_grants/update", Says: "Provide either `access_grant_id` or `access_grant_key`.",
		Assumed: "given both, the stand-in refuses (400) an ID and a key that name different objects, rather than pick one"},
	timesToTheMillisecond: {Path: "/access_grants/create", Assumed: "the OpenAPI says only date-time; Seam keeps times to " +
		"the millisecond, and answers them so (seam-api.md, Seam's fake)"},
	pagesOfLimit: {Path: "/spaces/list",
		Says: "Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`."},
}

// record adds entries to the ledger, at package initialisation; a rule recorded twice is a
// mistake in the stand-in.
func record(entries map[Rule]Source) {
	for rule, src := range entries {
		if _, dup := ledger[rule]; dup {
			panic("stand-in: the ledger records " + string(rule) + " twice")
		}
		ledger[rule] = src
	}
}
