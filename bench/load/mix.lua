-- Request mix for wrk. Each thread sends the paths listed in the file LOAD_PATHS (one per line, written by run.sh) in
-- turn from a random start, and counts responses by status code so that done() can print the totals.
local paths = {}
counts = {}
local threads = {}
local next_path = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(os.getenv("LOAD_PATHS"), "r"))
  for line in file:lines() do
    if line ~= "" then
      table.insert(paths, line)
    end
  end
  file:close()
  next_path = math.random(#paths)
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local thread_counts = thread:get("counts")
    for status, count in pairs(thread_counts) do
      totals[status] = (totals[status] or 0) + count
    end
  end

  local statuses = {}
  for status in pairs(totals) do
    table.insert(statuses, status)
  end
  table.sort(statuses)
  for _, status in ipairs(statuses) do
    io.write(string.format("status %d: %d\n", status, totals[status]))
  end
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
