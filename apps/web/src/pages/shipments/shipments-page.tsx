export function ShipmentsPage() {
  return <div className="page">ShipmentsPage</div>;
}
