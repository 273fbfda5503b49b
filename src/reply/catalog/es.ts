// Spanish (es) reply texts, neutral Latin American chat style using "tú".
import type { Catalog } from './en.js';

export const es: Catalog = {
  greeting: '¡Hola! Soy el asistente de {shop}. Puedo revisar un pedido, explicarte envíos, devoluciones y pagos, o comunicarte con alguien del equipo. ¿En qué te puedo ayudar?',
  thanks: '¡Con gusto! ¿Hay algo más en lo que te pueda ayudar?',
  goodbye: 'Gracias por escribir a {shop}. ¡Que tengas un excelente día!',
  ask_order_number: 'Claro, lo reviso. ¿Cuál es tu número de pedido? Se ve así: {example}.',
  ask_order_email: 'Para proteger tu privacidad, indícame el correo electrónico que usaste en el pedido {number}.',
  order_not_found: 'No encontré el pedido {number} con esos datos. Revisa el número (se ve así: {example}) y el correo que usaste al hacer la compra.',
  order_unpaid: 'El pedido {number} está pendiente de pago ({total}). Lo procesaremos en cuanto se confirme el pago.',
  order_awaiting_group_buy: 'El pedido {number} ya está pagado y está esperando a que se complete la compra grupal. En cuanto el grupo esté completo, lo empacaremos y enviaremos.',
  order_paid: 'El pedido {number} ya está pagado y lo estamos preparando. Te garantizamos la entrega a más tardar el {promised}.',
  order_packed: 'El pedido {number} ya está empacado y pronto se entregará a la empresa de envíos. Te garantizamos la entrega a más tardar el {promised}.',
  order_partially_shipped: 'Una parte del pedido {number} ya va en camino con {carrier} (seguimiento {tracking}): {event}. El resto llegará en un paquete aparte.',
  order_shipped: 'El pedido {number} va en camino con {carrier}, número de seguimiento {tracking}. Última actualización: {event}. Entrega estimada: {eta}.',
  order_delivered: 'El pedido {number} se entregó el {delivered}. Si hay algún problema con él, cuéntame y te comunico con alguien del equipo.',
  order_cancelled: 'El pedido {number} se canceló el {cancelled}. Cualquier pago realizado se reembolsa al método de pago original.',
  order_closed: 'El pedido {number} está completado y cerrado. ¿Hay algo más sobre este pedido en lo que te pueda ayudar?',
  handoff: 'Te estoy comunicando con alguien del equipo que seguirá atendiéndote. Puedes seguir escribiendo; verá toda la conversación.',
  handoff_anger: 'Lamento mucho lo que pasó. Ya estoy llamando a alguien del equipo para que lo resuelva como se debe.',
  clarify: 'Perdón, no entendí bien. ¿Me lo puedes decir de otra forma? Puedo ayudarte con pedidos, seguimiento, envíos, devoluciones, pagos y cupones.',
  knowledge: '{body}',
  knowledge_source: 'Fuente: {title}',
  no_answer: 'No tengo una respuesta confiable para eso, así que se lo paso a alguien del equipo.',
  quick_order: '¿Dónde está mi pedido?',
  quick_shipping: 'Costos de envío',
  quick_returns: 'Política de devoluciones',
};
