package main

import (
	"context"
	"io"
	"net"
	"sync"
	"sync/atomic"
)

// countingProxy forwards TCP connections to the fake and counts them: the number of
// connections the provider opened, seen from outside its process.
type countingProxy struct {
	listener net.Listener
	target   string
	count    atomic.Int64
	wg       sync.WaitGroup
}

func startCountingProxy(ctx context.Context, target string) (*countingProxy, error) {
	l, err := (&net.ListenConfig{}).Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &countingProxy{listener: l, target: target}
	p.wg.Add(1)
	go p.serve(ctx)
	return p, nil
}

func (p *countingProxy) Addr() string { return p.listener.Addr().String() }
func (p *countingProxy) Count() int64 { return p.count.Load() }
func (p *countingProxy) Reset()       { p.count.Store(0) }

func (p *countingProxy) Close() {
	_ = p.listener.Close()
	p.wg.Wait()
}

func (p *countingProxy) serve(ctx context.Context) {
	defer p.wg.Done()
	for {
		client, err := p.listener.Accept()
		if err != nil {
			return
		}
		p.count.Add(1)
		go p.forward(ctx, client)
	}
}

func (p *countingProxy) forward(ctx context.Context, client net.Conn) {
	defer client.Close()
	server, err := (&net.Dialer{}).DialContext(ctx, "tcp", p.target)
	if err != nil {
		return
	}
	defer server.Close()
	done := make(chan struct{}, 2)
	pipe := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		if tcp, ok := dst.(*net.TCPConn); ok {
			_ = tcp.CloseWrite()
		}
		done <- struct{}{}
	}
	go pipe(server, client)
	go pipe(client, server)
	<-done
	<-done
}
