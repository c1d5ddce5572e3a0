// Cephes constants as xsf include/xsf/cephes/const.h defines them.
export const MACHEP = 1.1102230246251565404236316680908203125e-16; // 2**-53
export const MAXLOG = 7.097827128933839730962063185871e2; // log(DBL_MAX)
export const MINLOG = -7.451332191019412076235245305675398106812e2; // log(2**-1075)
export const DBL_EPSILON = 2.220446049250313e-16;
