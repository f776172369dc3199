#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A TCP socket on 127.0.0.1, as a file descriptor: just what the loopback servers and the API client need.
struct Socket: Sendable {
    /// A socket error: the call that failed and `errno`.
    struct Failure: Error, CustomStringConvertible {
        var call: String
        var code: Int32

        var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    let descriptor: Int32

    /// A socket listening on 127.0.0.1 at a free port the kernel picks.
    static func listening() throws(Failure) -> (socket: Socket, port: Int) {
        let socket = try make()
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket.descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(socket.descriptor, 64) == 0 else {
            let failure = Failure(call: "bind", code: errno)
            socket.close()
            throw failure
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket.descriptor, $0, &length) }
        }
        return (socket, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// A free port on 127.0.0.1, for a process that binds it itself.
    static func freePort() throws(Failure) -> Int {
        let (socket, port) = try listening()
        socket.close()
        return port
    }

    /// A port on 127.0.0.1 free for TCP and UDP alike, for a process that binds both (an Alertmanager peer's
    /// gossip): the kernel picks a free TCP port, and one whose UDP side is taken is passed over.
    static func freeTCPAndUDPPort() throws(Failure) -> Int {
        for _ in 0..<64 {
            let (socket, port) = try listening()
            defer { socket.close() }
            if udpIsFree(port: port) { return port }
        }
        throw Failure(call: "bind of a port free for TCP and UDP", code: EADDRINUSE)
    }

    /// Whether a UDP socket can bind 127.0.0.1:`port` now.
    private static func udpIsFree(port: Int) -> Bool {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_DGRAM, 0)
        #endif
        guard descriptor >= 0 else { return false }
        defer { Socket(descriptor: descriptor).close() }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        } == 0
    }

    /// A socket connected to 127.0.0.1:`port`, whose reads give up after `timeout` seconds.
    static func connected(port: Int, timeout: Int = 10) throws(Failure) -> Socket {
        let socket = try make()
        var address = loopback(port: port)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket.descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let failure = Failure(call: "connect to port \(port)", code: errno)
            socket.close()
            throw failure
        }
        socket.setTimeout(seconds: timeout)
        return socket
    }

    static func make() throws(Failure) -> Socket {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(call: "socket", code: errno) }
        var one: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        return Socket(descriptor: descriptor)
    }

    static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }

    /// Reads and writes give up after `seconds`.
    func setTimeout(seconds: Int) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    /// The next connection, or `nil` once the socket is shut down.
    func accept() -> Socket? {
        #if canImport(Glibc)
            let client = Glibc.accept(descriptor, nil, nil)
        #else
            let client = Darwin.accept(descriptor, nil, nil)
        #endif
        return client >= 0 ? Socket(descriptor: client) : nil
    }

    /// Up to `count` bytes; empty at the end of the stream or on a timeout.
    func read(upTo count: Int = 65536) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        let read = recv(descriptor, &buffer, count, 0)
        return read > 0 ? Array(buffer.prefix(read)) : []
    }

    /// Writes every byte, or gives up on an error.
    func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                send(descriptor, $0.baseAddress, $0.count, Self.sendFlags)
            }
            guard written > 0 else { return }
            offset += written
        }
    }

    #if canImport(Glibc)
        /// A peer that went away makes `send` fail rather than raise SIGPIPE.
        static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
        static let sendFlags: Int32 = 0
    #endif

    /// Stops a listening socket's `accept` and closes it.
    func shutDown() {
        shutdown(descriptor, Int32(SHUT_RDWR))
        close()
    }

    func close() {
        #if canImport(Glibc)
            _ = Glibc.close(descriptor)
        #else
            _ = Darwin.close(descriptor)
        #endif
    }
}
