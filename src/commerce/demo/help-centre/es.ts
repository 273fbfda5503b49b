// Centro de ayuda y política de devoluciones en español: cercano, claro, con las cifras de la tienda.
import type { ZoneId } from '../shipping-zones.js';
import { joinList, type HelpFacts } from './help-facts.js';
import type { LanguageContent } from './topics.js';

const ZONES: Record<ZoneId, string> = {
  singapore: 'Singapur',
  southeast_asia: 'Sudeste Asiático (Malasia, Indonesia, Tailandia, Vietnam, Filipinas)',
  east_asia: 'Asia Oriental (China, Hong Kong, Taiwán, Japón, Corea del Sur)',
  gulf_oceania: 'El Golfo y Oceanía (EAU, Arabia Saudí, Australia)',
  europe_americas: 'Europa y América (Reino Unido, España, Portugal, EE. UU., México, Brasil)',
};

const TAX_COUNTRIES: Record<string, readonly [country: string, tax: string]> = {
  SG: ['Singapur', 'GST'], MY: ['Malasia', 'impuesto sobre bienes de bajo valor'], AU: ['Australia', 'GST'], GB: ['Reino Unido', 'IVA'],
  ES: ['España', 'IVA'], PT: ['Portugal', 'IVA'],
};

/** The countries where tax is paid at checkout, each with its rate and tax name. */
function taxedCountries(f: HelpFacts): string {
  const named = f.checkoutTax.map(({ country, percent }) => {
    const [name, tax] = TAX_COUNTRIES[country] ?? [country, 'impuesto'];
    return `${name} (${tax} del ${percent} %)`;
  });
  return joinList(named, 'es');
}

const GLOBAL_METHODS = ['Visa/Mastercard/Amex', 'PayPal', 'Apple Pay'];

/** Ways to pay in a country beyond the cards and wallets accepted everywhere. */
const localMethods = (f: HelpFacts, country: string): string[] => f.paymentMethods(country).filter((method) => !GLOBAL_METHODS.includes(method));

const days = ([from, to]: readonly [number, number]): string => (from === to ? `${from} día laborable` : `${from}–${to} días laborables`);

export const ES: LanguageContent<HelpFacts> = {
  articles: (f) => ({
    'shipping-times': {
      title: '¿Cuánto tarda en llegar mi pedido?',
      body: [
        `Preparamos cada pedido en nuestro almacén de Singapur en un máximo de ${f.processingDays} días laborables desde el pago (los pedidos pagados antes de las 14:00, hora de Singapur, en día laborable suelen salir el mismo día). Después, la entrega tarda:`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}: estándar ${days(zone.days.standard)}, exprés ${days(zone.days.express)}.`),
        'La fecha de “entrega antes del” que aparece en la confirmación ya incluye la preparación. Durante el 11.11, el 12.12 y otras grandes rebajas, cuenta con 2–3 días más.',
      ].join('\n'),
    },
    'shipping-fees': {
      title: 'Gastos de envío y envío gratis',
      body: [
        `El envío estándar es gratis en todos los pedidos desde ${f.freeShippingThreshold} después de descuentos (en euros, ${f.localThreshold('EUR')}, como verás al pagar). Por debajo de esa cifra, y para el envío exprés, las tarifas son:`,
        ...f.zones.map((zone) => `• ${ZONES[zone.id]}: estándar ${zone.fee.standard}, exprés ${zone.fee.express}.`),
        `El exprés nunca es gratis, pero el código ${f.freeShippingCode.code} te da envío estándar gratis desde ${f.freeShippingCode.minSpend}.`,
      ].join('\n'),
    },
    'customs-duties': {
      title: 'Aduanas, aranceles e impuestos de importación',
      body: `En los pedidos a ${taxedCountries(f)}, cobramos el impuesto al pagar, así que no tendrás nada más que abonar cuando llegue el paquete. En el resto de destinos, como México, Estados Unidos o Brasil, la aduana puede cobrar aranceles o impuestos de importación a la llegada; el transportista te los cobra antes de la entrega y no podemos saber la cantidad exacta de antemano. Siempre declaramos el valor real y no podemos marcar los pedidos como regalo. El despacho suele tardar 1–3 días; si tu paquete lleva retenido más de ${f.customsStuckDays} días, revisa si el transportista te ha pedido documentos o un pago y avísanos para que lo sigamos. Si rechazas pagar los aranceles, el paquete vuelve a nosotros y te reembolsamos los artículos, sin los gastos de envío.`,
    },
    'tracking-help': {
      title: 'Seguimiento de tu paquete',
      body: `En cuanto tu paquete sale de nuestro almacén, te enviamos por e-mail el transportista y el número de seguimiento; también puedes seguirlo en nuestra página de seguimiento o en Pedidos, dentro de tu cuenta. Es normal que el seguimiento no cambie durante uno o dos días mientras el paquete pasa de un transportista a otro o vuela al extranjero. Si no hay ningún escaneo nuevo en ${f.noScanDays} días, escríbenos y abriremos una investigación con el transportista. Si figura como entregado y no lo encuentras, pregunta a los vecinos, a conserjería y revisa los casilleros, y espera hasta el final del día siguiente; después avísanos en un plazo de 7 días y abriremos una reclamación para enviarte un reemplazo o reembolsarte cuando el transportista lo haya comprobado.`,
    },
    'returns-how-to': {
      title: 'Cómo hacer una devolución',
      body: `Tienes ${f.returns.windowDays} días desde la entrega para devolver artículos (${f.returns.vipWindowDays} días si eres miembro VIP, es decir, si has gastado más de ${f.vipSpend} con nosotros). Deben estar sin usar, sin lavar y con las etiquetas puestas. Los productos de belleza y cuidado de la piel, la ropa interior y las tarjetas regalo no se pueden devolver, salvo que lleguen defectuosos, dañados o no sean lo que pediste. Para empezar, entra en Pedidos, elige “Devolver artículos”, marca los productos y el motivo, y te enviaremos por e-mail una etiqueta prepagada para entregar al transportista. En las devoluciones por cambio de opinión, la etiqueta (${f.returns.labelFee}) se descuenta del reembolso; es gratis para miembros VIP y para artículos defectuosos o equivocados. Las devoluciones de más de ${f.returns.manualApprovalAbove} las revisa nuestro equipo en ${f.returns.manualApprovalDays} días laborables antes de enviar la etiqueta.`,
    },
    exchanges: {
      title: 'Cambiar de talla o de color',
      body: `¿Necesitas otra talla u otro color del mismo artículo? Puedes cambiarlo en un plazo de ${f.returns.exchangeWindowDays} días desde la entrega, y el primer cambio de cada artículo es gratis, etiqueta incluida. Empieza en Pedidos → “Cambiar”; te enviamos la nueva talla en cuanto el transportista escanea tu devolución, sin esperar a que llegue a nuestro almacén. Si la talla que quieres está agotada, te devolvemos el dinero. Las condiciones son las mismas que para las devoluciones: sin usar y con las etiquetas.`,
    },
    'refund-timing': {
      title: '¿Cuándo recibiré mi reembolso?',
      body: `Emitimos el reembolso en un máximo de ${f.returns.refundDays} días laborables desde que tu devolución llega a nuestro almacén y te avisamos por e-mail. Se devuelve al mismo medio de pago: en PayPal suele verse en 1–3 días, en tarjeta en 5–10 días laborables y en transferencias en 3–5 días laborables, según tu banco. Si cancelas un pedido antes de que lo preparemos, el reembolso se emite en 1 día laborable.`,
    },
    'payment-methods': {
      title: 'Formas de pago',
      body: `Aceptamos ${joinList(GLOBAL_METHODS, 'es')} en la mayoría de países, también en España y Estados Unidos. Además, en México puedes pagar con ${joinList(localMethods(f, 'MX'), 'es')}, en Portugal con ${joinList(localMethods(f, 'PT'), 'es')} y en Brasil con ${joinList(localMethods(f, 'BR'), 'es')}. Si pagas en OXXO, el pedido queda pendiente de pago y se cancela automáticamente si la ficha caduca (entre 24 y 72 horas según el método). Nunca te pediremos los datos de tu tarjeta por chat ni por e-mail.`,
    },
    'coupons-promotions': {
      title: 'Cómo usar códigos de descuento y promociones',
      body: `Introduce el código al pagar. Solo se puede usar un código por pedido, salvo ${f.freeShippingCode.code} (envío estándar gratis desde ${f.freeShippingCode.minSpend}), que se puede sumar a un código de porcentaje como ${f.welcome.code}. ${f.welcome.code} te da un ${f.welcome.percent} % de descuento en tu primer pedido de más de ${f.welcome.minSpend}. Las promociones automáticas, como las de los días dobles, se aplican solas; algunas rebajas no se combinan con códigos y, en ese caso, el pago se queda con la opción que más te ahorra. Los códigos y las rebajas empiezan y terminan en hora de Singapur, no se aplican a tarjetas regalo y no se pueden añadir después de hacer el pedido. Si devuelves parte de un pedido que alcanzó un gasto mínimo, el reembolso se recalcula.`,
    },
    'order-changes-cancellation': {
      title: 'Modificar o cancelar un pedido',
      body: 'Puedes cambiar la talla, el color o la dirección de entrega, o cancelar el pedido, hasta que empecemos a prepararlo, normalmente durante el día laborable siguiente al pago. Hazlo en Pedidos o escríbenos con tu número de pedido (por ejemplo, PD-123456). Una vez preparado o enviado, no podemos detenerlo, pero puedes devolverlo cuando lo recibas. Los pedidos pendientes de pago por transferencia, OXXO o código QR se cancelan solos cuando caduca el código de pago. Si cancelas un pedido ya pagado, el reembolso se emite en 1 día laborable.',
    },
    warranty: {
      title: 'Garantía y artículos defectuosos',
      body: `Los gadgets Tidewell (baterías externas, auriculares, cargadores y fundas) tienen ${f.warranty.gadgetMonths} meses de garantía desde la entrega; el resto de productos está cubierto durante ${f.warranty.defectDays} días frente a defectos de fabricación, como costuras abiertas, cremalleras rotas o suelas despegadas. Envíanos tu número de pedido con una foto o un vídeo corto y lo repararemos, cambiaremos o reembolsaremos, con etiqueta de devolución gratuita. No cubre el desgaste normal, las caídas, el agua por encima de la resistencia indicada ni los daños por mal uso.`,
    },
    'size-guide': {
      title: 'Encuentra tu talla',
      body: 'Cada ficha de producto tiene una guía de tallas en centímetros. En camisas y chaquetas, compara tu contorno de pecho con la tabla; nuestras camisas de lino son holgadas, así que elige una talla menos si te gustan más ajustadas. En vestidos, mira pecho, cintura y cadera. El calzado va en tallas europeas, con su equivalente de EE. UU. para hombre y mujer y el largo de pie que corresponde: mide tu pie del talón al dedo más largo y, si estás entre dos tallas, elige la mayor. Los calcetines vienen en S (EU 35–38), M (39–42) y L (43–46). Si no te queda bien, el cambio de talla es gratis.',
    },
    'account-help': {
      title: 'Tu cuenta, contraseña y e-mails',
      body: `No necesitas cuenta para comprar, pero con ella puedes seguir tus pedidos, guardar direcciones y pedir devoluciones en dos toques. ¿Olvidaste la contraseña? Pulsa “He olvidado mi contraseña” en la página de acceso; el enlace vale durante ${f.passwordResetMinutes} minutos, así que mira en spam si no te llega. Puedes cambiar tu e-mail y la suscripción a la newsletter en Cuenta → Perfil. Para eliminar tu cuenta, escribe a ${f.supportEmail}; la borramos en un plazo de ${f.accountDeletionDays} días y solo conservamos los registros de pedidos que exige la ley.`,
    },
    'gift-wrap': {
      title: 'Envoltorio de regalo y mensajes',
      body: `Añade el envoltorio de regalo al pagar por ${f.giftWrapFee} por pedido: papel reciclado, lazo de algodón y una tarjeta escrita a mano con tu mensaje (hasta ${f.giftMessageCharacters} caracteres). El albarán de un paquete envuelto para regalo no muestra precios y puedes enviarlo directamente a quien lo recibe. Las tarjetas regalo se envían por e-mail en la fecha que elijas. Quien recibe el regalo puede cambiarlo con las condiciones habituales; los reembolsos vuelven a quien pagó.`,
    },
    'group-buys': {
      title: 'Cómo funcionan las compras en grupo',
      body: `Los artículos marcados como “Group Buy” cuestan un ${f.groupBuy.percentOff} % menos cuando los compran juntas ${f.groupBuy.size} personas. Crea un grupo o únete a uno y paga como siempre; tu pedido aparece como “esperando al grupo” hasta que se suman ${f.groupBuy.size} pedidos pagados, y después se envía como cualquier otro. Si el grupo no se completa en ${f.groupBuy.hours} horas, te reembolsamos el importe íntegro automáticamente. También puedes salir del grupo cuando quieras antes de que se complete, con reembolso total.`,
    },
  }),
  returnPolicy: (f) => [
    'Política de devoluciones de Sunday Harbour',
    `Devoluciones: puedes devolver la mayoría de los artículos en un plazo de ${f.returns.windowDays} días desde la entrega. Los miembros VIP (gasto acumulado superior a ${f.vipSpend}) disponen de ${f.returns.vipWindowDays} días.`,
    `Cambios: puedes cambiar un artículo por otra talla u otro color del mismo producto en un plazo de ${f.returns.exchangeWindowDays} días desde la entrega. El primer cambio de cada artículo es gratis.`,
    'Estado: los artículos deben estar sin usar, sin lavar y con las etiquetas originales; el calzado, en su caja. Incluye tu número de pedido.',
    'No admiten devolución: los productos de belleza y cuidado de la piel, la ropa interior y las tarjetas regalo, por motivos de higiene y seguridad, salvo que lleguen defectuosos, dañados o no sean lo que pediste.',
    `Costes: no cobramos gastos de reposición. En las devoluciones por cambio de opinión, la etiqueta de devolución (${f.returns.labelFee}) se descuenta del reembolso. La devolución es gratuita para los miembros VIP y siempre que el artículo sea defectuoso, esté dañado o sea incorrecto.`,
    `Aprobación: las devoluciones de más de ${f.returns.manualApprovalAbove} las revisa nuestro equipo en ${f.returns.manualApprovalDays} días laborables antes de enviar la etiqueta.`,
    `Reembolsos: reembolsamos al medio de pago original en un máximo de ${f.returns.refundDays} días laborables desde que recibimos la devolución. Tu banco o monedero puede tardar unos días más en reflejarlo.`,
    `Artículos defectuosos: los gadgets Tidewell tienen ${f.warranty.gadgetMonths} meses de garantía; el resto de productos está cubierto ${f.warranty.defectDays} días frente a defectos de fabricación.`,
    `¿Dudas? Escríbenos a ${f.supportEmail} o habla con nosotros por chat.`,
  ].join('\n'),
};
