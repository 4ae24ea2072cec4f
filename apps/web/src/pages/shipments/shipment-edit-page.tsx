export function NewShipmentPage() {
  return <div className="page">new</div>;
}
export function EditShipmentPage() {
  return <div className="page">edit</div>;
}
