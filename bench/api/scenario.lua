-- wrk script of the API benchmark.
--   wrk ... -s scenario.lua URL -- BODIES_FILE   POSTs the file's lines (JSON bodies) in turn
--   wrk ... -s scenario.lua URL                  GETs URL
-- Requests are formatted once in init, so wrk spends little CPU per request (it
-- shares the machine with the server). done() prints one line for run.sh:
--   KVM48_WRK requests=N duration_us=N p50_us=N p99_us=N ... (counts of each error kind)

local requests = {}
local count, next_index = 0, 1

local threads_started = 0
function setup(thread)
  thread:set("thread_number", threads_started)
  threads_started = threads_started + 1
end

function init(args)
  local path = args[1]
  if path == nil then return end
  local file = assert(io.open(path, "r"))
  local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  for line in file:lines() do
    if line ~= "" then
      count = count + 1
      requests[count] = wrk.format("POST", nil, headers, line)
    end
  end
  file:close()
  -- Threads start at different places in the list.
  next_index = (thread_number or 0) * 7919 % count + 1
end

function request()
  if count == 0 then return wrk.format("GET") end
  local r = requests[next_index]
  next_index = next_index % count + 1
  return r
end

function done(summary, latency, _)
  local e = summary.errors
  io.write(string.format(
    "KVM48_WRK requests=%d duration_us=%d bytes=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d " ..
    "connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, summary.bytes, latency:percentile(50),
    latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.status, e.timeout))
end
