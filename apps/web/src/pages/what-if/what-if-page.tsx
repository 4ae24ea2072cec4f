export function WhatIfPage() {
  return <div className="page">WhatIfPage</div>;
}
