-- wrk script: GET a random path from the file in WRK_PATHS (one per line) with the bearer token in WRK_TOKEN.
local paths = {}
local file = assert(io.open(os.getenv("WRK_PATHS"), "r"))
for line in file:lines() do
  if line ~= "" then paths[#paths + 1] = line end
end
file:close()
assert(#paths > 0, "no paths in " .. os.getenv("WRK_PATHS"))
local headers = { ["Authorization"] = "Bearer " .. os.getenv("WRK_TOKEN") }

request = function()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end
