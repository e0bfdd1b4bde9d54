package standin

import (
	"net/http"
	"time"
)

// Fault is an answer the stand-in gives instead of the route's own.
type Fault struct {
	Status int
	// Body is sent as it is; empty for the empty body of an outage.
	Body string
	// RetryAfter, when set, is sent as the Retry-After header.
	RetryAfter string
	// AfterHandling makes the route do its work first (a create creates): the answer is
	// lost, as when a 5xx or a timeout follows a write that Seam made.
	AfterHandling bool
	// Delay holds the answer back, to outlast a client's request timeout, or to let other
	// requests overtake it (with Rewrite, the route's own answer, held back).
	Delay time.Duration
	// Meanwhile, when set, runs as the fault is served: what another Seam client does then.
	Meanwhile func()
	// Rewrite, with AfterHandling, answers with the route's own status and its body rewritten:
	// a 2xx the client cannot use (a field dropped), after Seam did the work.
	Rewrite func(body []byte) []byte
}

// FailNext makes the next len(faults) requests to path answer with the faults, in order.
func (s *Server) FailNext(path string, faults ...Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults[path] = append(s.faults[path], faults...)
}

// nextFault takes the next fault queued for path; s.mu must be held.
func (s *Server) nextFault(path string) (Fault, bool) {
	queue := s.faults[path]
	if len(queue) == 0 {
		return Fault{}, false
	}
	s.faults[path] = queue[1:]
	return queue[0], true
}

func (f Fault) write(w http.ResponseWriter, r *http.Request, requestID string) {
	select {
	case <-time.After(f.Delay):
	case <-r.Context().Done():
		return
	}
	w.Header().Set("Seam-Request-Id", requestID)
	if f.RetryAfter != "" {
		w.Header().Set("Retry-After", f.RetryAfter)
	}
	w.WriteHeader(f.Status)
	_, _ = w.Write([]byte(f.Body))
}
